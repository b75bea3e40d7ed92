--TEST--
strip_tags() keeps allowed tags given as a string or an array
--FILE--
<?php
$html = "<p>Para <b>bold</b> <i>it</i><br/>line</p>";
var_dump(strip_tags($html, "<b>"));
var_dump(strip_tags($html, "<p><br>"));
var_dump(strip_tags($html, ["b", "i"]));
var_dump(strip_tags($html, "<B>"));
var_dump(strip_tags($html, null));
--EXPECT--
string(23) "Para <b>bold</b> itline"
string(28) "<p>Para bold it<br/>line</p>"
string(30) "Para <b>bold</b> <i>it</i>line"
string(23) "Para <b>bold</b> itline"
string(16) "Para bold itline"
