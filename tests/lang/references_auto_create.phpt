--TEST--
taking a reference to a missing array element creates it as null
--FILE--
<?php
$a = [];
$r = &$a['new'];
var_dump($a);
$r = 'filled';
var_dump($a);
$b = &$c['x']['y'];
var_dump($c);
--EXPECT--
array(1) {
  ["new"]=>
  &NULL
}
array(1) {
  ["new"]=>
  &string(6) "filled"
}
array(1) {
  ["x"]=>
  array(1) {
    ["y"]=>
    &NULL
  }
}
