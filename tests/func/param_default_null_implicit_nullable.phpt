--TEST--
a typed parameter with default null is implicitly nullable
--FILE--
<?php
function f(string $s = null) { return $s ?? 'was null'; }
var_dump(f(null), f());
--EXPECT--
string(8) "was null"
string(8) "was null"
