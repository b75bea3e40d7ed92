--TEST--
send() and throw() pass through yield from to the inner generator
--FILE--
<?php
function inner() {
    $x = yield 'inner-1';
    echo "inner got $x\n";
    try {
        yield 'inner-2';
    } catch (Exception $e) {
        echo "inner caught ", $e->getMessage(), "\n";
    }
    return 'r';
}
function outer() {
    $r = yield from inner();
    echo "outer got return $r\n";
    $y = yield 'outer-1';
    echo "outer got $y\n";
}
$g = outer();
echo $g->current(), "\n";
echo $g->send('S1'), "\n";
echo $g->throw(new Exception('T')), "\n";
$g->send('S2');
var_dump($g->valid());
--EXPECT--
inner-1
inner got S1
inner-2
inner caught T
outer got return r
outer-1
outer got S2
bool(false)
