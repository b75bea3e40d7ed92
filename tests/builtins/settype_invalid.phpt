--TEST--
settype with an invalid type throws ValueError
--FILE--
<?php
$a = 1;
settype($a, "nonsense");
--EXPECTF--

Fatal error: Uncaught ValueError: settype(): Argument #2 ($type) must be a valid type in %s:3
Stack trace:
#0 %s(3): settype(1, 'nonsense')
#1 {main}
  thrown in %s on line 3
