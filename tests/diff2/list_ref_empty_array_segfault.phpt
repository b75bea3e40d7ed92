--TEST--
[&$x] = $a with $a = [] creates the element (minphp crashes)
--FILE--
<?php
$a = [];
[&$x] = $a;
$x = 1;
var_dump($a);
function f() { $b = []; [, [&$y]] = $b; var_dump($b); }
f();
--EXPECT--
array(1) {
  [0]=>
  &int(1)
}
array(1) {
  [1]=>
  array(1) {
    [0]=>
    &NULL
  }
}
