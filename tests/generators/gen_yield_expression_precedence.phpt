--TEST--
yield as an expression in assignments, arguments and arithmetic
--FILE--
<?php
function g() {
    $x = yield 1;
    echo "x=", var_export($x, true), "\n";
    $y = (yield 2) + 10;
    echo "y=$y\n";
    echo "arg: ", strtoupper(yield 3), "\n";
    $arr = [yield 4, yield 5];
    print_r($arr);
    $k = yield 'key' => 'value';
    echo "k=$k\n";
}
$gen = g();
foreach ([null, 5, 7, 'abc', 'p', 'q', 'z'] as $i => $send) {
    if ($i === 0) { echo "cur: ", $gen->current(), "\n"; continue; }
    $r = $gen->send($send);
    echo "yielded: ", var_export($r, true), "\n";
}
--EXPECT--
cur: 1
x=5
yielded: 2
y=17
arg: yielded: 3
ABC
yielded: 4
yielded: 5
Array
(
    [0] => p
    [1] => q
)
yielded: 'value'
k=z
yielded: NULL
