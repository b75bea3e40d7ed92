--TEST--
the error_levels mask: other levels take the standard way
--FILE--
<?php
set_error_handler(function ($no, $str) {
    echo "handled: $str\n";
    return true;
}, E_NOTICE | E_USER_NOTICE);
trigger_error("user notice");
trigger_error("user warning", E_USER_WARNING);
echo $undefined;
set_error_handler(function ($no, $str) {
    echo "warnings only: $str\n";
}, E_WARNING);
echo $undefined2;
trigger_error("another notice");
--EXPECTF--
handled: user notice

Warning: user warning in %s on line 7

Warning: Undefined variable $undefined in %s on line 8
warnings only: Undefined variable $undefined2

Notice: another notice in %s on line 13
