--TEST--
in_array(): loose (PHP 8 comparison) and strict search
--FILE--
<?php
$a = [0, "1", "abc", null, 1.5, "1e1", [1]];
var_dump(in_array("0", $a), in_array("abc", [0]), in_array(0, ["abc"]), in_array(null, [0]));
var_dump(in_array(1, $a, true), in_array("1", $a, true), in_array(10, $a), in_array("10", $a, true));
var_dump(in_array([1], $a), in_array([1], $a, true), in_array("1.50", $a), in_array(true, ["x"]), in_array(true, ["x"], true));
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
