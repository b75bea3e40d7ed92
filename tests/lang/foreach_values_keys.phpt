--TEST--
foreach over values and keys, including mixed keys and empty arrays
--FILE--
<?php
$arr = ['a' => 1, 5 => 'five', 'x', '10' => 'ten'];
foreach ($arr as $v) echo "$v ";
echo "\n";
foreach ($arr as $k => $v) { var_dump($k); }
foreach ([] as $v) echo "never";
echo "after empty\n";
foreach ([1, 2] as $v) {}
var_dump($v);
--EXPECT--
1 five x ten 
string(1) "a"
int(5)
int(6)
int(10)
after empty
int(2)
