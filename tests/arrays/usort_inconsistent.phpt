--TEST--
usort(): an inconsistent comparator gives PHP's exact order
--FILE--
<?php
$a = range(1, 20);
usort($a, fn($p, $q) => ($p * 7 + $q * 3) % 5 - 2);
echo implode_like($a), "\n";
$b = [1, "a", [1], null, 2.5, "10", true, "b", 0, [], "", -1, "1e1", 9, "9", false, 3];
sort($b);
var_dump($b);
function implode_like($o) { $s = ""; foreach ($o as $i => $v) { $s .= ($i ? "," : "") . $v; } return $s; }
--EXPECT--
10,12,19,4,1,16,5,7,2,14,9,11,6,13,8,18,3,15,20,17
array(17) {
  [0]=>
  NULL
  [1]=>
  string(0) ""
  [2]=>
  int(0)
  [3]=>
  bool(false)
  [4]=>
  int(-1)
  [5]=>
  int(1)
  [6]=>
  float(2.5)
  [7]=>
  int(9)
  [8]=>
  string(1) "9"
  [9]=>
  string(2) "10"
  [10]=>
  string(1) "a"
  [11]=>
  bool(true)
  [12]=>
  int(3)
  [13]=>
  string(3) "1e1"
  [14]=>
  string(1) "b"
  [15]=>
  array(0) {
  }
  [16]=>
  array(1) {
    [0]=>
    int(1)
  }
}
