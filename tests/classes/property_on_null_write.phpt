--TEST--
writing a property on null or a scalar is an Error
--FILE--
<?php
$n = null;
try { $n->x = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$s = "str";
try { $s->x = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$arr = [];
try { $arr->x = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$n->y = 2;
--EXPECTF--
Attempt to assign property "x" on null
Attempt to assign property "x" on string
Attempt to assign property "x" on array

Fatal error: Uncaught Error: Attempt to assign property "y" on null in %s:8
Stack trace:
#0 {main}
  thrown in %s on line 8
