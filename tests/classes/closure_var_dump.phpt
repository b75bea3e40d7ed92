--TEST--
var_dump of closures shows bound this and parameters
--FILE--
<?php
class A { public $x = 1; function get() { return function ($a, &$b, $c = 5) { return $this; }; } }
$a = new A;
$f = $a->get();
var_dump($f);
$y = 2;
$g = function ($p) use ($y) { return $p + $y; };
var_dump($g);
var_dump(strlen(...));
--EXPECT--
object(Closure)#2 (2) {
  ["this"]=>
  object(A)#1 (1) {
    ["x"]=>
    int(1)
  }
  ["parameter"]=>
  array(3) {
    ["$a"]=>
    string(10) "<required>"
    ["&$b"]=>
    string(10) "<required>"
    ["$c"]=>
    string(10) "<optional>"
  }
}
object(Closure)#3 (2) {
  ["static"]=>
  array(1) {
    ["y"]=>
    int(2)
  }
  ["parameter"]=>
  array(1) {
    ["$p"]=>
    string(10) "<required>"
  }
}
object(Closure)#4 (2) {
  ["function"]=>
  string(6) "strlen"
  ["parameter"]=>
  array(1) {
    ["$string"]=>
    string(10) "<required>"
  }
}
