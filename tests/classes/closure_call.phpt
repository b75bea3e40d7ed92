--TEST--
Closure::call binds temporarily and calls
--FILE--
<?php
class Value { private $v; function __construct($v) { $this->v = $v; } }
$get = function ($add) { return $this->v + $add; };
echo $get->call(new Value(3), 4), "\n";
echo $get->call(new Value(10), 1), "\n";
try { $get(1); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
7
11
Using $this when not in object context
