--TEST--
getReturn after completion, and its errors before
--FILE--
<?php
function g() { yield 1; return "done"; }
$gen = g();
try { $gen->getReturn(); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
foreach ($gen as $v) {
    try { $gen->getReturn(); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
}
echo $gen->getReturn(), "\n";
function noReturn() { yield 1; }
$n = noReturn();
foreach ($n as $_);
var_dump($n->getReturn());
function onlyReturn() { return 5; yield; }
$o = onlyReturn();
var_dump($o->valid(), $o->getReturn());
--EXPECT--
Exception: Cannot get return value of a generator that hasn't returned
Cannot get return value of a generator that hasn't returned
done
NULL
bool(false)
int(5)
