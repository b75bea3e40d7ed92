--TEST--
string offset reads: positive, negative, out of range, non-int
--FILE--
<?php
$s = "hello";
var_dump($s[0], $s[4], $s[-1], $s[-5], $s["1"], $s[1.9]);
var_dump($s[10]);
var_dump($s[-6]);
--EXPECTF--

Warning: String offset cast occurred in %s on line 3
string(1) "h"
string(1) "o"
string(1) "o"
string(1) "h"
string(1) "e"
string(1) "e"

Warning: Uninitialized string offset 10 in %s on line 4
string(0) ""

Warning: Uninitialized string offset -6 in %s on line 5
string(0) ""
