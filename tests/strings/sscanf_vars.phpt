--TEST--
sscanf() assigning to variables returns the number of conversions
--FILE--
<?php
$n = sscanf("2024-01-15", "%d-%d-%d", $y, $m, $d);
var_dump($n, $y, $m, $d);
$n = sscanf("12", "%d %s", $a, $b);
var_dump($n, $a, $b);
$n = sscanf("", "%d", $z);
var_dump($n, $z);
--EXPECT--
int(3)
int(2024)
int(1)
int(15)
int(1)
int(12)
NULL
int(-1)
NULL
