--TEST--
json_encode: JSON_PRESERVE_ZERO_FRACTION adds .0 only to integral floats
--FILE--
<?php
foreach ([1.0, 0.0, -0.0, 10.0, 1e25, 1e15, 1e16, 0.5, 1e-7, 3] as $v) {
    echo json_encode($v, JSON_PRESERVE_ZERO_FRACTION), "\n";
}
echo json_encode(["a" => 1.0, "b" => [2.0]], JSON_PRESERVE_ZERO_FRACTION), "\n";
--EXPECT--
1.0
0.0
-0.0
10.0
1.0e+25
1000000000000000.0
10000000000000000.0
0.5
1.0e-7
3
{"a":1.0,"b":[2.0]}
