--TEST--
array_filter()/array_map(): results keep keys; next key follows them
--FILE--
<?php
$f = array_filter([5 => 1, 6 => 0, 7 => 2]);
$f[] = "next";
var_dump($f);
$m = array_map(fn($x) => $x, [-3 => "a"]);
$m[] = "b";
var_dump($m);
--EXPECT--
array(3) {
  [5]=>
  int(1)
  [7]=>
  int(2)
  [8]=>
  string(4) "next"
}
array(2) {
  [-3]=>
  string(1) "a"
  [-2]=>
  string(1) "b"
}
