--TEST--
incrementing an int property past PHP_INT_MAX is a TypeError
--FILE--
<?php
class A { public int $x = PHP_INT_MAX; }
$a = new A;
try { $a->x++; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($a->x);
--EXPECT--
Cannot increment property A::$x of type int past its maximal value
int(9223372036854775807)
