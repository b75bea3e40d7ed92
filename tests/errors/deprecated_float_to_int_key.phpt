--TEST--
deprecation for implicit float-to-int conversion with fractional part
--FILE--
<?php
$arr = [10, 20, 30];
var_dump($arr[1.0]);
var_dump($arr[1.5]);
var_dump(7.5 % 2);
--EXPECTF--
int(20)

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 4
int(20)

Deprecated: Implicit conversion from float 7.5 to int loses precision in %s on line 5
int(1)
