--TEST--
$b = &$a makes both names refer to the same value; unset breaks it
--FILE--
<?php
$a = 1;
$b = &$a;
$b = 2;
var_dump($a);
$a = 3;
var_dump($b);
unset($b);
$b = 4;
var_dump($a, $b);
$c = &$undefined;
var_dump($undefined);
--EXPECT--
int(2)
int(3)
int(3)
int(4)
NULL
