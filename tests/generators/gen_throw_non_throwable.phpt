--TEST--
throw() requires a Throwable
--FILE--
<?php
function g() { yield 1; }
$gen = g();
try { $gen->throw("string"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
Generator::throw(): Argument #1 ($exception) must be of type Throwable, string given
