--TEST--
compile_break_nonint_operand is a compile-time fatal error (nothing runs)
--FILE--
<?php
echo "start\n";
while (1) { break $x; }
--EXPECTF--

Fatal error: 'break' operator with non-integer operand is no longer supported in %s on line 3
