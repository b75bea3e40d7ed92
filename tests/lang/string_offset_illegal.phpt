--TEST--
string offset with a non-numeric string is an error
--FILE--
<?php
$s = "abc";
echo $s["x"];
--EXPECTF--

Fatal error: Uncaught TypeError: Cannot access offset of type string on string in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
