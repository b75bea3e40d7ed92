--TEST--
~ on floats truncates and on strings inverts bytes; ~ on arrays is an error
--FILE--
<?php
var_dump(~5.7, ~"" === "");
var_dump(~[]);
--EXPECTF--

Deprecated: Implicit conversion from float 5.7 to int loses precision in %s on line 2
int(-6)
bool(true)

Fatal error: Uncaught TypeError: Cannot perform bitwise not on array in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
