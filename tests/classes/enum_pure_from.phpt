--TEST--
a pure enum has no from() method
--FILE--
<?php
enum E { case A; }
try { E::from('A'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(method_exists('E', 'cases'), method_exists('E', 'from'));
--EXPECT--
Call to undefined method E::from()
bool(true)
bool(false)
