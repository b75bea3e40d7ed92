--TEST--
a handler that installs another handler while running
--FILE--
<?php
set_error_handler(function ($no, $str) {
    echo "h1: $str\n";
    set_error_handler(function ($no, $str) { echo "h2: $str\n"; });
});
echo $a;
echo $b;
restore_error_handler();
echo $c;
restore_error_handler();
echo $d;
--EXPECTF--
h1: Undefined variable $a
h2: Undefined variable $b

Warning: Undefined variable $c in %s on line 9

Warning: Undefined variable $d in %s on line 11
