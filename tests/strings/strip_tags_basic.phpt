--TEST--
strip_tags() removes HTML and PHP tags and comments
--FILE--
<?php
var_dump(strip_tags("<p>Hello <b>World</b></p>"));
var_dump(strip_tags("<a href=\"x>y\">link</a>"));
var_dump(strip_tags("a < b and c > d"));
var_dump(strip_tags("<?php echo 1; ?>text"));
var_dump(strip_tags("x<!-- comment -->y"));
var_dump(strip_tags("<!DOCTYPE html><p>q</p>"));
var_dump(strip_tags("<br/>x<br />y"));
var_dump(strip_tags("unclosed <b"));
var_dump(strip_tags("a\0b"));
--EXPECT--
string(11) "Hello World"
string(4) "link"
string(15) "a < b and c > d"
string(4) "text"
string(2) "xy"
string(1) "q"
string(2) "xy"
string(9) "unclosed "
string(2) "ab"
