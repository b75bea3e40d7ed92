--TEST--
calling a method on null and scalars
--FILE--
<?php
$n = null;
try { $n->f(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$i = 5;
try { $i->f(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$arr = [1];
try { $arr->f(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
function getUser() { return null; }
getUser()->name();
--EXPECTF--
Call to a member function f() on null
Call to a member function f() on int
Call to a member function f() on array

Fatal error: Uncaught Error: Call to a member function name() on null in %s:9
Stack trace:
#0 {main}
  thrown in %s on line 9
