--TEST--
ksort(): SORT_NATURAL with and without FLAG_CASE
--FILE--
<?php
$a = ["img12" => 1, "img10" => 2, "IMG2" => 3, "img1" => 4];
$b = $a; ksort($b, SORT_NATURAL); var_dump($b);
$b = $a; ksort($b, SORT_NATURAL | SORT_FLAG_CASE); var_dump($b);
$b = $a; krsort($b, SORT_NATURAL | SORT_FLAG_CASE); var_dump($b);
--EXPECT--
array(4) {
  ["IMG2"]=>
  int(3)
  ["img1"]=>
  int(4)
  ["img10"]=>
  int(2)
  ["img12"]=>
  int(1)
}
array(4) {
  ["img1"]=>
  int(4)
  ["IMG2"]=>
  int(3)
  ["img10"]=>
  int(2)
  ["img12"]=>
  int(1)
}
array(4) {
  ["img12"]=>
  int(1)
  ["img10"]=>
  int(2)
  ["IMG2"]=>
  int(3)
  ["img1"]=>
  int(4)
}
