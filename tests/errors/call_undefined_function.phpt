--TEST--
calling an undefined function throws Error "Call to undefined function foo()"
--FILE--
<?php
echo "before\n";
foo();
--EXPECTF--
before

Fatal error: Uncaught Error: Call to undefined function foo() in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
