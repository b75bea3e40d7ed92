--TEST--
A by-reference parameter passed as a named argument binds the caller's variable
--FILE--
<?php
function g($x = 1, &$z = null) { $z = "Z"; }
g(z: $v);
var_dump($v);
$arr = [];
g(z: $arr["k"]);
var_dump($arr);
--EXPECT--
string(1) "Z"
array(1) {
  ["k"]=>
  string(1) "Z"
}
