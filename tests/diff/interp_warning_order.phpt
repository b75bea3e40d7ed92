--TEST--
Interpolated string converts parts left to right: 'Array to string' warning comes before a later 'Undefined variable'
--FILE--
<?php
$a = [1];
echo "x $a $u y\n";
--EXPECTF--

Warning: Array to string conversion in %s on line 3

Warning: Undefined variable $u in %s on line 3
x Array  y
