--TEST--
array to string conversion warning in echo, interpolation and concat
--FILE--
<?php
$a = [1];
echo "x$a\n";
echo $a . "\n";
--EXPECTF--

Warning: Array to string conversion in %s on line 3
xArray

Warning: Array to string conversion in %s on line 4
Array
