--TEST--
a reference returned by value is a copy
--FILE--
<?php
function getArr() { static $a = [1]; return $a; }
$x = getArr();
$x[] = 2;
var_dump(getArr());
--EXPECT--
array(1) {
  [0]=>
  int(1)
}
