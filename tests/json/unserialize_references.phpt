--TEST--
unserialize: R:n; makes both places a reference; a reused key drops it
--FILE--
<?php
$v = unserialize('a:2:{i:0;i:1;i:1;R:2;}');
var_dump($v);
$v[0] = 5;
var_dump($v[1]);
var_dump(unserialize('a:3:{i:0;i:1;i:1;R:2;i:0;i:5;}'));
var_dump(unserialize('a:2:{i:0;a:1:{i:0;i:1;}i:1;R:3;}'));
--EXPECT--
array(2) {
  [0]=>
  &int(1)
  [1]=>
  &int(1)
}
int(5)
array(2) {
  [0]=>
  int(5)
  [1]=>
  int(1)
}
array(2) {
  [0]=>
  array(1) {
    [0]=>
    &int(1)
  }
  [1]=>
  &int(1)
}
