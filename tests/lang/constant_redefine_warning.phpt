--TEST--
redefining a constant gives a warning and keeps the old value
--FILE--
<?php
define('X', 1);
var_dump(define('X', 2));
var_dump(X);
const Y = 1;
const Y = 2;
echo "after\n";
--EXPECTF--

Warning: Constant X already defined in %s on line 3
bool(false)
int(1)

Warning: Constant Y already defined in %s on line 6
after
