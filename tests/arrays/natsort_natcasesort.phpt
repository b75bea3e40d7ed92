--TEST--
natsort()/natcasesort(): natural order, keys kept
--FILE--
<?php
$a = ["img12.png", "img10.png", "IMG2.png", "img1.png", "img01.png", "img 3.png", "x", ""];
$b = $a; natsort($b); var_dump($b);
$b = $a; natcasesort($b); var_dump($b);
$c = ["1.10", "1.9", "1.010", "0.5", "-3", "10", "9"];
natsort($c);
var_dump($c);
--EXPECT--
array(8) {
  [7]=>
  string(0) ""
  [2]=>
  string(8) "IMG2.png"
  [4]=>
  string(9) "img01.png"
  [3]=>
  string(8) "img1.png"
  [5]=>
  string(9) "img 3.png"
  [1]=>
  string(9) "img10.png"
  [0]=>
  string(9) "img12.png"
  [6]=>
  string(1) "x"
}
array(8) {
  [7]=>
  string(0) ""
  [4]=>
  string(9) "img01.png"
  [3]=>
  string(8) "img1.png"
  [2]=>
  string(8) "IMG2.png"
  [5]=>
  string(9) "img 3.png"
  [1]=>
  string(9) "img10.png"
  [0]=>
  string(9) "img12.png"
  [6]=>
  string(1) "x"
}
array(7) {
  [4]=>
  string(2) "-3"
  [3]=>
  string(3) "0.5"
  [2]=>
  string(5) "1.010"
  [1]=>
  string(3) "1.9"
  [0]=>
  string(4) "1.10"
  [6]=>
  string(1) "9"
  [5]=>
  string(2) "10"
}
