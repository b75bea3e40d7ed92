--TEST--
count() of a non-countable value throws TypeError
--FILE--
<?php
echo count("string");
--EXPECTF--

Fatal error: Uncaught TypeError: count(): Argument #1 ($value) must be of type Countable|array, string given in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
