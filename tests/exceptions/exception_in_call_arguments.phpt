--TEST--
an exception while arguments are being pushed drops the half-built call
--FILE--
<?php
function add($a, $b, $c) { return $a + $b + $c; }
try {
    echo add(1, intdiv(2, 0), 3);
} catch (DivisionByZeroError $e) {
    echo "caught\n";
}
echo add(1, 2, 3), "\n";
$arr = [];
try {
    $arr = [1, 2, intdiv(1, 0), 4];
} catch (DivisionByZeroError $e) {
    echo "array literal abandoned\n";
}
var_dump($arr);
try {
    $s = "a" . strlen([]) . "b";
} catch (TypeError $e) {
    echo "concat abandoned\n";
}
var_dump(isset($s));
--EXPECT--
caught
6
array literal abandoned
array(0) {
}
concat abandoned
bool(false)
