--TEST--
an exception thrown in an array_map callback crosses array_map
--FILE--
<?php
function cb($v) {
    if ($v === 3) intdiv($v, 0);
    return $v * 2;
}
try {
    $r = array_map('cb', [1, 2, 3, 4]);
    echo "never\n";
} catch (DivisionByZeroError $e) {
    echo "caught around array_map\n";
}
var_dump(isset($r));
var_dump(array_map(function ($v) {
    try {
        return intdiv(10, $v);
    } catch (DivisionByZeroError $e) {
        return "inf";
    }
}, [2, 0, 5]));
--EXPECT--
caught around array_map
bool(false)
array(3) {
  [0]=>
  int(5)
  [1]=>
  string(3) "inf"
  [2]=>
  int(2)
}
