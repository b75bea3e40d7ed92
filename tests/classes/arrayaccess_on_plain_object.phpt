--TEST--
using [] on an object without ArrayAccess is an Error
--FILE--
<?php
$o = new stdClass;
try { echo $o['x']; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $o['x'] = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(isset($o['x']));
--EXPECTF--
Cannot use object of type stdClass as array
Cannot use object of type stdClass as array

Fatal error: Uncaught Error: Cannot use object of type stdClass as array in %s:5
Stack trace:
#0 {main}
  thrown in %s on line 5
