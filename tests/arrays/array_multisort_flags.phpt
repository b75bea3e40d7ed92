--TEST--
array_multisort(): SORT_DESC and type flags per array
--FILE--
<?php
$a = ["10", "9", "2", "1"];
$b = [1, 2, 3, 4];
array_multisort($a, SORT_DESC, SORT_STRING, $b, SORT_ASC);
var_dump($a, $b);
$c = [1, 1, 2];
$d = ["b", "a", "c"];
array_multisort($c, SORT_DESC, $d, SORT_DESC);
var_dump($c, $d);
$e = [3, 1, 2];
array_multisort($e, SORT_NUMERIC);
var_dump($e);
--EXPECT--
array(4) {
  [0]=>
  string(1) "9"
  [1]=>
  string(1) "2"
  [2]=>
  string(2) "10"
  [3]=>
  string(1) "1"
}
array(4) {
  [0]=>
  int(2)
  [1]=>
  int(3)
  [2]=>
  int(1)
  [3]=>
  int(4)
}
array(3) {
  [0]=>
  int(2)
  [1]=>
  int(1)
  [2]=>
  int(1)
}
array(3) {
  [0]=>
  string(1) "c"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "a"
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
