--TEST--
array_combine(): ValueError when the sizes differ
--FILE--
<?php
var_dump(array_combine([1, 2], [1]));
--EXPECTF--

Fatal error: Uncaught ValueError: array_combine(): Argument #1 ($keys) and argument #2 ($values) must have the same number of elements in %s:2
Stack trace:
#0 %s(2): array_combine(Array, Array)
#1 {main}
  thrown in %s on line 2
