--TEST--
throw() into a generator that has not started first runs it to the first yield
--FILE--
<?php
function g() {
    echo "started\n";
    try { yield 1; } catch (Exception $e) { echo "caught inside at the first yield: ", $e->getMessage(), "\n"; }
    echo "finishing\n";
}
$gen = g();
$r = $gen->throw(new Exception("early"));
var_dump($r, $gen->valid());
function h() { echo "h started\n"; yield 1; }
$h = h();
try { $h->throw(new Exception("not caught inside")); } catch (Exception $e) { echo "caught outside: ", $e->getMessage(), "\n"; }
var_dump($h->valid());
--EXPECT--
started
caught inside at the first yield: early
finishing
NULL
bool(false)
h started
caught outside: not caught inside
bool(false)
