--TEST--
hash_hmac() refuses non-cryptographic algorithms
--FILE--
<?php
var_dump(hash_hmac("crc32b", "data", "key"));
--EXPECTF--

Fatal error: Uncaught ValueError: hash_hmac(): Argument #1 ($algo) must be a valid cryptographic hashing algorithm in %s:2
Stack trace:
#0 %s(2): hash_hmac('crc32b', 'data', Object(SensitiveParameterValue))
#1 {main}
  thrown in %s on line 2
