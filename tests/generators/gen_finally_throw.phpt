--TEST--
finally runs when an exception is thrown into a generator
--FILE--
<?php
function g() {
    try {
        yield 1;
    } finally {
        echo "finally during throw\n";
    }
}
$gen = g();
$gen->current();
try { $gen->throw(new Exception("x")); } catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; }
var_dump($gen->valid());
--EXPECT--
finally during throw
caught x
bool(false)
