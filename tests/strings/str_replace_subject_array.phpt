--TEST--
str_replace() over an array subject keeps the keys
--FILE--
<?php
$r = str_replace("o", "0", ["k" => "foo", 5 => "bar", 7 => 100, "b" => true], $n);
var_dump($r, $n);
var_dump(str_replace(["x"], ["y"], []));
--EXPECT--
array(4) {
  ["k"]=>
  string(3) "f00"
  [5]=>
  string(3) "bar"
  [7]=>
  string(3) "100"
  ["b"]=>
  string(1) "1"
}
int(2)
array(0) {
}
