--TEST--
@ does not hide uncaught errors
--FILE--
<?php
echo "before\n";
@undefined_function();
--EXPECTF--
before

Fatal error: Uncaught Error: Call to undefined function undefined_function() in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
