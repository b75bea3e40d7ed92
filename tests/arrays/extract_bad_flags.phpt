--TEST--
extract(): unknown flags are a ValueError
--FILE--
<?php
extract(["a" => 1], 99);
--EXPECTF--

Fatal error: Uncaught ValueError: extract(): Argument #2 ($flags) must be a valid extract type in %s:2
Stack trace:
#0 %s(2): extract(Array, 99)
#1 {main}
  thrown in %s on line 2
