--TEST--
throw() raises an exception at the paused yield
--FILE--
<?php
function g() {
    while (true) {
        try {
            $v = yield;
            echo "got $v\n";
        } catch (InvalidArgumentException $e) {
            echo "caught inside: ", $e->getMessage(), "\n";
            yield "recovered";
        }
    }
}
$gen = g();
$gen->current();
$gen->send("a");
$r = $gen->throw(new InvalidArgumentException("bad"));
var_dump($r);
$gen->send("b");
try {
    $gen->throw(new LogicException("not caught inside"));
} catch (LogicException $e) {
    echo "propagated: ", $e->getMessage(), "\n";
}
var_dump($gen->valid());
--EXPECT--
got a
caught inside: bad
string(9) "recovered"
propagated: not caught inside
bool(false)
