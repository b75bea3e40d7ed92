--TEST--
a generator declared with & yields references
--FILE--
<?php
function &refs(array &$arr) {
    foreach ($arr as $k => &$v) yield $k => $v;
}
$data = [1, 2, 3];
foreach (refs($data) as $k => &$v) $v *= 100;
unset($v);
print_r($data);
function &counter() { $value = 1; while ($value < 5) yield $value; }
foreach (counter() as &$n) { echo $n, " "; $n += 2; }
echo "\n";
--EXPECT--
Array
(
    [0] => 100
    [1] => 200
    [2] => 300
)
1 3
