--TEST--
array_fill(): negative count is a ValueError
--FILE--
<?php
var_dump(array_fill(0, -1, 1));
--EXPECTF--

Fatal error: Uncaught ValueError: array_fill(): Argument #2 ($count) must be greater than or equal to 0 in %s:2
Stack trace:
#0 %s(2): array_fill(0, -1, 1)
#1 {main}
  thrown in %s on line 2
