--TEST--
array_push()/array_pop(): the next free key follows PHP
--FILE--
<?php
$a = [1, 2, 3];
var_dump(array_pop($a));
$a[] = "x";
var_dump($a);
$b = [5 => "a", 9 => "b"];
array_pop($b);
$b[] = "c";
var_dump($b);
$c = [-5 => "a"];
var_dump(array_push($c, "b", "c"), $c);
$d = [];
var_dump(array_pop($d), array_push($d), $d);
--EXPECT--
int(3)
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  string(1) "x"
}
array(2) {
  [5]=>
  string(1) "a"
  [9]=>
  string(1) "c"
}
int(3)
array(3) {
  [-5]=>
  string(1) "a"
  [-4]=>
  string(1) "b"
  [-3]=>
  string(1) "c"
}
NULL
int(0)
array(0) {
}
