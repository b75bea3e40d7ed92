--TEST--
array_walk_recursive(): descends into nested arrays
--FILE--
<?php
$a = ["a" => 1, "b" => [2, 3, ["c" => 4]], 5];
array_walk_recursive($a, function (&$v, $k) { echo "$k "; $v = $v * 100; });
echo "\n";
var_dump($a);
--EXPECT--
a 0 1 c 0 
array(3) {
  ["a"]=>
  int(100)
  ["b"]=>
  array(3) {
    [0]=>
    int(200)
    [1]=>
    int(300)
    [2]=>
    array(1) {
      ["c"]=>
      int(400)
    }
  }
  [0]=>
  int(500)
}
