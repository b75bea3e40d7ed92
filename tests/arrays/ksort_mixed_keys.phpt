--TEST--
ksort()/krsort(): int and string keys (PHP 8 comparison)
--FILE--
<?php
$a = ["b" => 1, 10 => 2, "a" => 3, 9 => 4, "10a" => 5, "-1" => 6, "" => 7];
$b = $a; ksort($b); var_dump($b);
$b = $a; krsort($b); var_dump($b);
$b = $a; ksort($b, SORT_STRING); var_dump($b);
$b = $a; ksort($b, SORT_NUMERIC); var_dump($b);
--EXPECT--
array(7) {
  [""]=>
  int(7)
  [-1]=>
  int(6)
  [9]=>
  int(4)
  [10]=>
  int(2)
  ["10a"]=>
  int(5)
  ["a"]=>
  int(3)
  ["b"]=>
  int(1)
}
array(7) {
  ["b"]=>
  int(1)
  ["a"]=>
  int(3)
  [10]=>
  int(2)
  [9]=>
  int(4)
  ["10a"]=>
  int(5)
  [-1]=>
  int(6)
  [""]=>
  int(7)
}
array(7) {
  [""]=>
  int(7)
  [-1]=>
  int(6)
  [10]=>
  int(2)
  ["10a"]=>
  int(5)
  [9]=>
  int(4)
  ["a"]=>
  int(3)
  ["b"]=>
  int(1)
}
array(7) {
  [-1]=>
  int(6)
  ["b"]=>
  int(1)
  ["a"]=>
  int(3)
  [""]=>
  int(7)
  [9]=>
  int(4)
  [10]=>
  int(2)
  ["10a"]=>
  int(5)
}
