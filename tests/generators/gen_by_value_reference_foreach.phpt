--TEST--
foreach by reference over a non-reference generator is an error
--FILE--
<?php
function g() { yield 1; }
try {
    foreach (g() as &$v) {}
} catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
Exception: You can only iterate a generator by-reference if it declared that it yields by-reference
