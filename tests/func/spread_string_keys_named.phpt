--TEST--
spreading an array with string keys passes named arguments
--FILE--
<?php
function f($a, $b = 'B', $c = 'C') { return "$a $b $c"; }
echo f(...['a' => 1, 'c' => 3]), "\n";
echo f(1, ...['c' => 'see']), "\n";
function v(...$args) { var_dump($args); }
v(1, ...['x' => 'named']);
--EXPECT--
1 B 3
1 B see
array(2) {
  [0]=>
  int(1)
  ["x"]=>
  string(5) "named"
}
