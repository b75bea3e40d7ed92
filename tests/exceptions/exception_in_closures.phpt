--TEST--
closures and arrow functions throw and catch like functions
--FILE--
<?php
$safe = function ($v) {
    try {
        return intdiv(10, $v);
    } catch (DivisionByZeroError $e) {
        return "division by zero";
    }
};
echo $safe(2), "\n", $safe(0), "\n";
$unsafe = fn($v) => intdiv(10, $v);
try {
    $unsafe(0);
} catch (DivisionByZeroError $e) {
    echo "arrow function threw\n";
}
$counter = 0;
$inc = function () use (&$counter) {
    $counter++;
    if ($counter === 2) strlen([]);
};
for ($i = 0; $i < 3; $i++) {
    try { $inc(); } catch (TypeError $e) { echo "call $counter threw\n"; }
}
echo $counter, "\n";
--EXPECT--
5
division by zero
arrow function threw
call 2 threw
3
