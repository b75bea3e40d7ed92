--TEST--
arguments are bound at call time, body runs on first use
--FILE--
<?php
function g(int $n) { echo "body\n"; yield $n; }
try { $gen = g("x"); } catch (TypeError $e) { echo "TypeError at call: ", $e->getMessage(), "\n"; }
$gen = g(5);
echo "called\n";
echo $gen->current(), "\n";
--EXPECTF--
TypeError at call: g(): Argument #1 ($n) must be of type int, string given, called in %s on line 3
called
body
5
