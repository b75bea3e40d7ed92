--TEST--
sscanf() with more variables than conversions throws ValueError
--FILE--
<?php
sscanf("12", "%d", $a, $b);
--EXPECTF--

Fatal error: Uncaught ValueError: Variable is not assigned by any conversion specifiers in %s:2
Stack trace:
#0 %s(2): sscanf(%s)
#1 {main}
  thrown in %s on line 2
