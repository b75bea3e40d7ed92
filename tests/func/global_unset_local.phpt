--TEST--
unset of a global inside a function only removes the local alias
--FILE--
<?php
$x = 1;
function f() { global $x; unset($x); $x = 'local now'; return $x; }
var_dump(f(), $x);
--EXPECT--
string(9) "local now"
int(1)
