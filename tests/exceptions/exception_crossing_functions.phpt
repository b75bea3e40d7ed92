--TEST--
an exception unwinds several calls to the try of a caller
--FILE--
<?php
function level3($x) { echo "level3\n"; return intdiv($x, 0); }
function level2($x) { $r = level3($x); echo "never\n"; return $r; }
function level1($x) { return level2($x) + 1; }
try {
    level1(5);
} catch (DivisionByZeroError $e) {
    echo "caught in the main script\n";
}
function recurse($n) {
    if ($n === 0) return 1 % 0;
    return recurse($n - 1) + 1;
}
try {
    recurse(2000);
} catch (DivisionByZeroError $e) {
    echo "caught after 2000 frames\n";
}
echo recurse_catch(3), "\n";
function recurse_catch($n) {
    try {
        if ($n === 0) intdiv(1, 0);
        return recurse_catch($n - 1);
    } catch (DivisionByZeroError $e) {
        return "caught at depth $n";
    }
}
--EXPECT--
level3
caught in the main script
caught after 2000 frames
caught at depth 0
