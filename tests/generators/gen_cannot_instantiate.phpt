--TEST--
Generator cannot be created with new or cloned
--FILE--
<?php
try { new Generator; } catch (Error $e) { echo $e->getMessage(), "\n"; }
function g() { yield 1; }
$gen = g();
try { $c = clone $gen; } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
The "Generator" class is reserved for internal use and cannot be manually instantiated
Trying to clone an uncloneable object of class Generator
