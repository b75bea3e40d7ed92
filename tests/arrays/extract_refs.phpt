--TEST--
extract(): EXTR_REFS binds variables to the array elements
--FILE--
<?php
function f() {
    $arr = ["x" => 1, "y" => 2];
    extract($arr, EXTR_REFS);
    $x = 10;
    $arr["y"] = 20;
    var_dump($arr, $x, $y);
}
f();
--EXPECT--
array(2) {
  ["x"]=>
  &int(10)
  ["y"]=>
  &int(20)
}
int(10)
int(20)
