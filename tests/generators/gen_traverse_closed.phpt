--TEST--
iterating a finished generator again
--FILE--
<?php
function g() { yield 1; }
$gen = g();
foreach ($gen as $v) echo $v, "\n";
try { foreach ($gen as $v) echo $v, "\n"; } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($gen->valid(), $gen->current(), $gen->key());
$gen->next();
var_dump($gen->send(1));
--EXPECT--
1
Exception: Cannot traverse an already closed generator
bool(false)
NULL
NULL
NULL
