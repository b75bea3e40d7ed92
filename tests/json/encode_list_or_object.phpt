--TEST--
json_encode: lists become [..], any other key order or key type {..}
--FILE--
<?php
$cases = [[], [1, 2, 3], [1 => 1, 2 => 2], [0 => "a", 2 => "c"], [1 => "b", 0 => "a"], ["a" => 1], [-1 => 1], ["0" => "x", "1" => "y"], [0 => 1, "a" => 2]];
foreach ($cases as $c) echo json_encode($c), "\n";
$a = [1, 2, 3];
unset($a[1]);
echo json_encode($a), "\n";
$a = [1, 2, 3];
unset($a[2]);
echo json_encode($a), "\n";
--EXPECT--
[]
[1,2,3]
{"1":1,"2":2}
{"0":"a","2":"c"}
{"1":"b","0":"a"}
{"a":1}
{"-1":1}
["x","y"]
{"0":1,"a":2}
{"0":1,"2":3}
[1,2]
