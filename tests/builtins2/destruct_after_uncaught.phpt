--TEST--
destructors run after an uncaught exception
--FILE--
<?php
class D { function __destruct() { echo "destruct\n"; } }
$d = new D;
throw new Exception("x");
--EXPECTF--

Fatal error: Uncaught Exception: x in %sdestruct_after_uncaught.php:4
Stack trace:
#0 {main}
  thrown in %sdestruct_after_uncaught.php on line 4
destruct
