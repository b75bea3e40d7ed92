--TEST--
json_encode: references and shared arrays are encoded by value (no recursion)
--FILE--
<?php
$x = [1, 2];
$a = [&$x, &$x, $x];
echo json_encode($a), "\n";
$s = "str";
$b = ["a" => &$s, "b" => &$s];
$s = "changed";
echo json_encode($b), "\n";
--EXPECT--
[[1,2],[1,2],[1,2]]
{"a":"changed","b":"changed"}
