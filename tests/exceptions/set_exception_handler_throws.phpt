--TEST--
an exception thrown by the exception handler is reported as uncaught
--FILE--
<?php
$where = "global scope";
set_exception_handler(function ($e) {
    global $where;
    echo "handler sees the $where\n";
    intdiv(1, 0);
});
strlen([]);
--EXPECTF--
handler sees the global scope

Fatal error: Uncaught DivisionByZeroError: Division by zero in %s:6
Stack trace:
#0 %s(6): intdiv(1, 0)
#1 [internal function]: {closure}(Object(TypeError))
#2 {main}
  thrown in %s on line 6
