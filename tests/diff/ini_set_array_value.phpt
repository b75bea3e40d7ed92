--TEST--
ini_set() with an array value throws TypeError for argument #2
--FILE--
<?php
var_dump(ini_set("precision", []));
echo "end\n";
--EXPECTF--

Fatal error: Uncaught TypeError: ini_set(): Argument #2 ($value) must be of type string|int|float|bool|null in %s:2
Stack trace:
#0 %s(2): ini_set('precision', Array)
#1 {main}
  thrown in %s on line 2
