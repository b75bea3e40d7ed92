--TEST--
sort() renumbers keys; asort() keeps them; the pointer is reset
--FILE--
<?php
$a = ["x" => 3, 5 => 1, "y" => 2];
end($a);
sort($a);
var_dump($a, current($a));
$a[] = 4;
var_dump(array_keys($a));
$b = [3 => "c", 1 => "a"];
asort($b);
$b[] = "n";
var_dump($b);
$c = [7 => "only"];
sort($c);
var_dump($c);
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
int(1)
array(4) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
  [3]=>
  int(3)
}
array(3) {
  [1]=>
  string(1) "a"
  [3]=>
  string(1) "c"
  [4]=>
  string(1) "n"
}
array(1) {
  [0]=>
  string(4) "only"
}
