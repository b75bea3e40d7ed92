--TEST--
a trait cannot be instantiated
--FILE--
<?php
trait T {}
try { new T; } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
Cannot instantiate trait T
