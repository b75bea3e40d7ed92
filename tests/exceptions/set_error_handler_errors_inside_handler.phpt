--TEST--
errors inside the handler take the standard way (no recursion)
--FILE--
<?php
set_error_handler(function ($no, $str) {
    echo "handler: $str\n";
    echo $undefined_in_handler;
    trigger_error("raised in the handler", E_USER_WARNING);
    return true;
});
echo $first;
trigger_error("second");
--EXPECTF--
handler: Undefined variable $first

Warning: Undefined variable $undefined_in_handler in %s on line 4

Warning: raised in the handler in %s on line 5
handler: second

Warning: Undefined variable $undefined_in_handler in %s on line 4

Warning: raised in the handler in %s on line 5
