--TEST--
str_shuffle() keeps every byte
--FILE--
<?php
$s = str_shuffle("aabbcc\0\xff");
$n = ["a" => 0, "b" => 0, "c" => 0];
for ($i = 0; $i < strlen($s); $i++) if (isset($n[$s[$i]])) $n[$s[$i]]++;
var_dump(strlen($s), $n);
--EXPECT--
int(8)
array(3) {
  ["a"]=>
  int(2)
  ["b"]=>
  int(2)
  ["c"]=>
  int(2)
}
