--TEST--
unserialize of an unknown class gives a __PHP_Incomplete_Class object
--FILE--
<?php
$o = unserialize('O:7:"Missing":1:{s:1:"a";i:1;}');
var_dump($o, get_class($o));
--EXPECT--
object(__PHP_Incomplete_Class)#1 (2) {
  ["__PHP_Incomplete_Class_Name"]=>
  string(7) "Missing"
  ["a"]=>
  int(1)
}
string(22) "__PHP_Incomplete_Class"
