--TEST--
Writing an offset of an empty string pads it like a non-empty string
--FILE--
<?php
$s = "";
$s[0] = "a";
var_dump($s);
$t = "";
$t[2] = "b";
var_dump($t);
function f() { $u = ""; $u[1] = "c"; return $u; }
var_dump(f());
--EXPECT--
string(1) "a"
string(3) "  b"
string(2) " c"
