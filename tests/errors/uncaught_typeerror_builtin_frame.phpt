--TEST--
TypeError from a builtin called through a variable shows a frame with the builtin call
--FILE--
<?php
$f = 'strlen';
echo $f([1]);
--EXPECTF--

Fatal error: Uncaught TypeError: strlen(): Argument #1 ($string) must be of type string, array given in %s:3
Stack trace:
#0 %s(3): strlen(Array)
#1 {main}
  thrown in %s on line 3
