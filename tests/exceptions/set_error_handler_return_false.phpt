--TEST--
a handler returning false lets the standard handler print the error
--FILE--
<?php
set_error_handler(function ($no, $str) {
    echo "handler saw: $str\n";
    return false;
});
echo $undefined;
set_error_handler(function ($no, $str) {
    echo "handler returns nothing: handled\n";
});
echo $undefined2;
--EXPECTF--
handler saw: Undefined variable $undefined

Warning: Undefined variable $undefined in %s on line 6
handler returns nothing: handled
