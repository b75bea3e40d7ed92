--TEST--
an exception thrown in a usort comparison crosses usort
--FILE--
<?php
$a = [3, 1, 2];
try {
    usort($a, function ($x, $y) {
        if ($x === 2 || $y === 2) strlen([]);
        return $x <=> $y;
    });
} catch (TypeError $e) {
    echo "caught around usort\n";
}
$b = [3, 1, 2];
usort($b, function ($x, $y) {
    try {
        return $x <=> $y;
    } finally {
        echo ".";
    }
});
echo "\n", implode(",", $b), "\n";
--EXPECT--
caught around usort
...
1,2,3
