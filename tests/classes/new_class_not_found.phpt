--TEST--
instantiating an unknown class
--FILE--
<?php
try { new Nope; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$n = 'Missing\Thing';
try { new $n; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { Nope::f(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
new Nope();
--EXPECTF--
Error: Class "Nope" not found
Class "Missing\Thing" not found
Class "Nope" not found

Fatal error: Uncaught Error: Class "Nope" not found in %s:6
Stack trace:
#0 {main}
  thrown in %s on line 6
