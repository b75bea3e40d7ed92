--TEST--
array_merge() of one array with an empty one returns that array
--FILE--
<?php
$a = ["x" => 1, "y" => 2, "z" => 3];
next($a);
$b = array_merge($a, []);
var_dump(current($b));
$c = array_merge([5 => "a"], []);
var_dump($c);
--EXPECT--
int(2)
array(1) {
  [0]=>
  string(1) "a"
}
