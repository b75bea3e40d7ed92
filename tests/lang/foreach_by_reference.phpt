--TEST--
foreach by reference modifies the array
--FILE--
<?php
$arr = [1, 2, 3];
foreach ($arr as &$v) { $v *= 10; }
unset($v);
var_dump($arr);
$m = ['a' => [1], 'b' => [2]];
foreach ($m as $k => &$inner) { $inner[] = $k; }
unset($inner);
print_r($m);
--EXPECT--
array(3) {
  [0]=>
  int(10)
  [1]=>
  int(20)
  [2]=>
  int(30)
}
Array
(
    [a] => Array
        (
            [0] => 1
            [1] => a
        )

    [b] => Array
        (
            [0] => 2
            [1] => b
        )

)
