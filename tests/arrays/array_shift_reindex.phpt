--TEST--
array_shift(): int keys renumbered, string keys kept, next key reset
--FILE--
<?php
$a = [5 => "a", "x" => "b", 9 => "c"];
var_dump(array_shift($a), $a);
$a[] = "d";
var_dump($a);
$e = [];
var_dump(array_shift($e));
$r = 1;
$b = [&$r, 2];
$v = array_shift($b);
$r = 5;
var_dump($v, $b);
--EXPECT--
string(1) "a"
array(2) {
  ["x"]=>
  string(1) "b"
  [0]=>
  string(1) "c"
}
array(3) {
  ["x"]=>
  string(1) "b"
  [0]=>
  string(1) "c"
  [1]=>
  string(1) "d"
}
NULL
int(1)
array(1) {
  [0]=>
  int(2)
}
