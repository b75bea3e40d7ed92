--TEST--
var_dump/print_r of closures show object(Closure)#N with parameter/static info
--FILE--
<?php
$c = function($a, &$b, $c = 1, ...$d) { return $a; };
var_dump($c);
$u = 5;
$e = function() use ($u) {};
var_dump($e);
print_r(fn() => 1);
echo "\n";
--EXPECT--
object(Closure)#1 (1) {
  ["parameter"]=>
  array(4) {
    ["$a"]=>
    string(10) "<required>"
    ["&$b"]=>
    string(10) "<required>"
    ["$c"]=>
    string(10) "<optional>"
    ["$d"]=>
    string(10) "<optional>"
  }
}
object(Closure)#2 (1) {
  ["static"]=>
  array(1) {
    ["u"]=>
    int(5)
  }
}
Closure Object
(
)
