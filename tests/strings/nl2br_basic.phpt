--TEST--
nl2br() for every kind of line break
--FILE--
<?php
var_dump(nl2br("a\nb"));
var_dump(nl2br("a\r\nb"));
var_dump(nl2br("a\n\rb"));
var_dump(nl2br("a\rb\n"));
var_dump(nl2br("a\n\nb", false));
var_dump(nl2br("no breaks"));
--EXPECT--
string(9) "a<br />
b"
string(10) "a<br />
b"
string(10) "a<br />
b"
string(16) "a<br />b<br />
"
string(12) "a<br>
<br>
b"
string(9) "no breaks"
