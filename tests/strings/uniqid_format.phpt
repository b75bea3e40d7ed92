--TEST--
uniqid() is 13 hex digits (more with prefix and more_entropy) and changes between calls
--FILE--
<?php
$a = uniqid();
$b = uniqid();
var_dump(strlen($a), $a !== $b, ctype_xdigit_($a));
$c = uniqid("pre_");
var_dump(strlen($c), substr($c, 0, 4));
$d = uniqid("", true);
var_dump(strlen($d), $d[14]);
function ctype_xdigit_($s) { return trim($s, "0..9a..f") === ""; }
--EXPECT--
int(13)
bool(true)
bool(true)
int(17)
string(4) "pre_"
int(23)
string(1) "."
