--TEST--
concatenating an array gives "Array to string conversion" warning
--FILE--
<?php
$a = [1];
$s = "x" . $a;
var_dump($s);
echo $a, "\n";
--EXPECTF--

Warning: Array to string conversion in %s on line 3
string(6) "xArray"

Warning: Array to string conversion in %s on line 5
Array
