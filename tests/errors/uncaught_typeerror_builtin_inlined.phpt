--TEST--
TypeError from strlen() called directly: no frame for the builtin (strlen is compiled inline)
--FILE--
<?php
echo strlen([]);
--EXPECTF--

Fatal error: Uncaught TypeError: strlen(): Argument #1 ($string) must be of type string, array given in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
