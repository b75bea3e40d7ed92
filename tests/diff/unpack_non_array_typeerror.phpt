--TEST--
f(...5) throws TypeError (not Error): Only arrays and Traversables can be unpacked
--FILE--
<?php
function f($a) { return $a; }
f(...5);
--EXPECTF--

Fatal error: Uncaught TypeError: Only arrays and Traversables can be unpacked in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
