--TEST--
calling an undefined method
--FILE--
<?php
class A { function f() {} }
$a = new A;
try { $a->g(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { A::h(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$a->undefinedMethod();
--EXPECTF--
Error: Call to undefined method A::g()
Call to undefined method A::h()

Fatal error: Uncaught Error: Call to undefined method A::undefinedMethod() in %s:6
Stack trace:
#0 {main}
  thrown in %s on line 6
