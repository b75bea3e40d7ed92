--TEST--
a wholly non-numeric string in arithmetic throws TypeError
--FILE--
<?php
echo "before\n";
$s = "abc";
var_dump($s + 1);
--EXPECTF--
before

Fatal error: Uncaught TypeError: Unsupported operand types: string + int in %s:4
Stack trace:
#0 {main}
  thrown in %s on line 4
