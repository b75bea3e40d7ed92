--TEST--
E_USER_ERROR ends the script, unless a handler takes it
--FILE--
<?php
set_error_handler(function ($no, $str) {
    echo "handled $no: $str\n";
    return true;
});
var_dump(trigger_error("survived", E_USER_ERROR));
restore_error_handler();
echo "before\n";
trigger_error("the end", E_USER_ERROR);
echo "never\n";
--EXPECTF--
handled 256: survived
bool(true)
before

Fatal error: the end in %s on line 9
