--TEST--
assignment is an expression returning the assigned value, chained right-assoc
--FILE--
<?php
$a = $b = $c = 5;
var_dump($a, $b, $c);
var_dump($x = 3);
$y = ($z = 4) + 1;
var_dump($y, $z);
if ($w = 0) { echo "no\n"; } else { echo "assigned 0 is falsy\n"; }
--EXPECT--
int(5)
int(5)
int(5)
int(3)
int(5)
int(4)
assigned 0 is falsy
