--TEST--
instantiating an abstract class is an Error
--FILE--
<?php
abstract class A { abstract function f(); }
try { new A; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$n = 'A';
try { new $n(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
new A;
--EXPECTF--
Error: Cannot instantiate abstract class A
Cannot instantiate abstract class A

Fatal error: Uncaught Error: Cannot instantiate abstract class A in %s:6
Stack trace:
#0 {main}
  thrown in %s on line 6
