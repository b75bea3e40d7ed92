--TEST--
uncaught Error at top level: message, stack trace with {main}, exit status 255
--FILE--
<?php
echo "start\n";
undefined_func();
echo "not reached\n";
--EXPECTF--
start

Fatal error: Uncaught Error: Call to undefined function undefined_func() in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
