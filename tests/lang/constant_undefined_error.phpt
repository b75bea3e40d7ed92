--TEST--
an undefined constant throws Error "Undefined constant"
--FILE--
<?php
echo "before\n";
echo FOO;
echo "after\n";
--EXPECTF--
before

Fatal error: Uncaught Error: Undefined constant "FOO" in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
