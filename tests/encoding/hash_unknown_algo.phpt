--TEST--
hash() with an unknown algorithm is a ValueError
--FILE--
<?php
var_dump(hash("nope", "x"));
--EXPECTF--

Fatal error: Uncaught ValueError: hash(): Argument #1 ($algo) must be a valid hashing algorithm in %s:2
Stack trace:
#0 %s(2): hash('nope', 'x')
#1 {main}
  thrown in %s on line 2
