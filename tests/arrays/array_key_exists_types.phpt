--TEST--
array_key_exists() and key_exists(): key types and conversions
--FILE--
<?php
$a = ["" => 1, 0 => 2, 1 => 3, "x" => null, "05" => 4];
var_dump(array_key_exists(null, $a), array_key_exists(false, $a), array_key_exists(true, $a));
var_dump(array_key_exists("x", $a), isset($a["x"]), array_key_exists("5", $a), array_key_exists("05", $a));
var_dump(array_key_exists(1.7, $a), key_exists("1", $a), key_exists(7, $a));
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)

Deprecated: Implicit conversion from float 1.7 to int loses precision in %s on line 5
bool(true)
bool(true)
bool(false)
