--TEST--
json_decode: like PHP's parser, about 5000 nested arrays exhaust the stack (error 4)
--FILE--
<?php
function rep($s, $n) { $r = ""; for ($i = 0; $i < $n; $i++) $r .= $s; return $r; }
foreach ([4998, 4999] as $n) {
    $r = json_decode(rep('[', $n) . rep(']', $n), true, 100000);
    echo $n, ": ", json_last_error(), "\n";
}
foreach ([2499, 2500] as $n) {
    $r = json_decode(rep('{"a":', $n) . '1' . rep('}', $n), true, 100000);
    echo $n, ": ", json_last_error(), "\n";
}
$r = json_decode(rep('[', 4999) . "\x01", true, 100000);
echo json_last_error(), "\n";
$r = json_decode(rep('[', 10), true, 5);
echo json_last_error(), "\n";
--EXPECT--
4998: 0
4999: 4
2499: 0
2500: 4
3
1
