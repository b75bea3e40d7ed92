--TEST--
an undefined class constant throws Error
--FILE--
<?php
class A { const X = 1; }
try { echo A::Y; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo Nope::X; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
echo A::Y;
--EXPECTF--
Error: Undefined constant A::Y
Error: Class "Nope" not found

Fatal error: Uncaught Error: Undefined constant A::Y in %s:5
Stack trace:
#0 {main}
  thrown in %s on line 5
