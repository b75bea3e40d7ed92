--TEST--
extract(): a prefix flag needs a prefix
--FILE--
<?php
extract(["a" => 1], EXTR_PREFIX_ALL);
--EXPECTF--

Fatal error: Uncaught ValueError: extract(): Argument #3 ($prefix) is required when using this extract type in %s:2
Stack trace:
#0 %s(2): extract(Array, 3)
#1 {main}
  thrown in %s on line 2
