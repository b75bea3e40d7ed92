--TEST--
rewinding after the first yield is an error
--FILE--
<?php
function g() { yield 1; yield 2; }
$gen = g();
$gen->rewind();
$gen->rewind();
echo $gen->current(), "\n";
$gen->next();
try { $gen->rewind(); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { foreach ($gen as $v) echo $v; } catch (Exception $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
1
Exception: Cannot rewind a generator that was already run
Cannot rewind a generator that was already run
