--TEST--
compound assignment on an undefined variable warns
--FILE--
<?php
$s .= "x";
$n += 1;
$i++;
var_dump($s, $n, $i);
--EXPECTF--

Warning: Undefined variable $s in %s on line 2

Warning: Undefined variable $n in %s on line 3

Warning: Undefined variable $i in %s on line 4
string(1) "x"
int(1)
int(1)
