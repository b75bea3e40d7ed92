--TEST--
an uncaught exception without a message
--FILE--
<?php
class Oops extends Exception {}
throw new Oops;
--EXPECTF--

Fatal error: Uncaught Oops in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
