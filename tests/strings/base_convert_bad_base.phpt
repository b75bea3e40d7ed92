--TEST--
base_convert() with a base outside 2..36 throws ValueError
--FILE--
<?php
base_convert("1", 10, 37);
--EXPECTF--

Fatal error: Uncaught ValueError: base_convert(): Argument #3 ($to_base) must be between 2 and 36 (inclusive) in %s:2
Stack trace:
#0 %s(2): base_convert('1', 10, 37)
#1 {main}
  thrown in %s on line 2
