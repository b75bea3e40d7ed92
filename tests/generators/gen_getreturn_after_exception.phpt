--TEST--
getReturn on a generator that threw
--FILE--
<?php
function g() { yield 1; throw new RuntimeException("failed"); }
$gen = g();
try { foreach ($gen as $v) echo $v, "\n"; } catch (RuntimeException $e) { echo "caught ", $e->getMessage(), "\n"; }
try { $gen->getReturn(); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($gen->valid());
--EXPECT--
1
caught failed
Exception: Cannot get return value of a generator that hasn't returned
bool(false)
