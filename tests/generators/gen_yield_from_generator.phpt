--TEST--
yield from a generator delegates and evaluates to its return value
--FILE--
<?php
function inner() {
    yield 1;
    yield 2;
    return "inner result";
}
function outer() {
    yield 0;
    $r = yield from inner();
    echo "inner returned: $r\n";
    yield 3;
    return "outer result";
}
$g = outer();
foreach ($g as $k => $v) echo "$k => $v\n";
echo $g->getReturn(), "\n";
--EXPECT--
0 => 0
0 => 1
1 => 2
inner returned: inner result
1 => 3
outer result
