--TEST--
pre/post increment and decrement on ints, floats and null
--FILE--
<?php
$i = 5;
var_dump($i++, $i, ++$i, $i--, --$i);
$f = 1.5; $f++; var_dump($f);
$n = null; $n++; var_dump($n);
$m = null; $m--; var_dump($m);
$max = PHP_INT_MAX; $max++; var_dump($max);
$min = PHP_INT_MIN; $min--; var_dump($min);
$b = true; $b++; var_dump($b);
$ns = "5"; $ns++; var_dump($ns);
$fs = "1.5"; $fs++; var_dump($fs);
$e = ""; $e++; var_dump($e);
$ed = ""; $ed--; var_dump($ed);
--EXPECT--
int(5)
int(6)
int(7)
int(7)
int(5)
float(2.5)
int(1)
NULL
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
bool(true)
int(6)
float(2.5)
string(1) "1"
int(-1)
