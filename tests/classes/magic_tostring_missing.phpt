--TEST--
converting an object without __toString to string
--FILE--
<?php
class A {}
try { echo new A; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $s = "x" . new stdClass; } catch (Error $e) { echo $e->getMessage(), "\n"; }
function f(string $s) {}
try { f(new A); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
echo new A;
--EXPECTF--
Error: Object of class A could not be converted to string
Object of class stdClass could not be converted to string
f(): Argument #1 ($s) must be of type string, A given, called in %s on line 6

Fatal error: Uncaught Error: Object of class A could not be converted to string in %s:7
Stack trace:
#0 {main}
  thrown in %s on line 7
