--TEST--
instantiating an interface is an Error
--FILE--
<?php
interface I {}
try { new I; } catch (Error $e) { echo $e->getMessage(), "\n"; }
new I();
--EXPECTF--
Cannot instantiate interface I

Fatal error: Uncaught Error: Cannot instantiate interface I in %s:4
Stack trace:
#0 {main}
  thrown in %s on line 4
