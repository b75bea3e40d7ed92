--TEST--
unserialize: arrays, numeric string keys, duplicate keys
--FILE--
<?php
var_dump(unserialize('a:0:{}'));
var_dump(unserialize('a:3:{i:0;i:1;s:1:"k";a:1:{i:0;N;}i:5;s:1:"x";}'));
var_dump(unserialize('a:3:{s:2:"12";i:1;s:3:"012";i:2;s:2:"-1";i:3;}'));
var_dump(unserialize('a:2:{i:0;s:1:"a";i:0;s:1:"b";}'));
--EXPECT--
array(0) {
}
array(3) {
  [0]=>
  int(1)
  ["k"]=>
  array(1) {
    [0]=>
    NULL
  }
  [5]=>
  string(1) "x"
}
array(3) {
  [12]=>
  int(1)
  ["012"]=>
  int(2)
  [-1]=>
  int(3)
}
array(1) {
  [0]=>
  string(1) "b"
}
