--TEST--
reading an undefined variable warns and yields null
--FILE--
<?php
echo "a";
echo $x;
echo "b\n";
var_dump($y);
$z = $undef + 1;
var_dump($z);
--EXPECTF--
a
Warning: Undefined variable $x in %s on line 3
b

Warning: Undefined variable $y in %s on line 5
NULL

Warning: Undefined variable $undef in %s on line 6
int(1)
