--TEST--
assigning a new reference rebinds only that variable
--FILE--
<?php
$a = 1; $b = 2;
$r = &$a;
$r = &$b;
$r = 'r';
var_dump($a, $b);
$arr = ['k' => 1];
$ref = &$arr['k'];
$ref++;
$arr2 = $arr;
$ref++;
var_dump($arr['k'], $arr2['k']);
--EXPECT--
int(1)
string(1) "r"
int(3)
int(3)
