--TEST--
array_walk(): elements removed and added by the callback
--FILE--
<?php
$a = ["a" => 1, "b" => 2, "c" => 3, "d" => 4, "e" => 5, "f" => 6, "g" => 7, "h" => 8];
array_walk($a, function ($v, $k) use (&$a) {
    echo "$k ";
    if ($k == "c") { unset($a["a"], $a["b"], $a["e"]); for ($i = 0; $i < 20; $i++) { $a["n$i"] = $i; } }
    if ($k == "n3") { unset($a["n4"]); }
});
echo "\n", count($a), "\n";
$b = [1, 2, 3];
array_walk($b, function (&$v, $k) use (&$b) { if ($k == 0) { $b[] = 4; } $v *= 10; });
var_dump($b);
--EXPECT--
a b c d f g h n0 n1 n2 n3 n5 n6 n7 n8 n9 n10 n11 n12 n13 n14 n15 n16 n17 n18 n19 
24
array(4) {
  [0]=>
  int(10)
  [1]=>
  int(20)
  [2]=>
  int(30)
  [3]=>
  int(40)
}
