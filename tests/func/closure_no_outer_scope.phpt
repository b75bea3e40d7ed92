--TEST--
closures do not see outer variables without use
--FILE--
<?php
$x = 'outer';
$f = function () { return isset($x) ? 'sees' : 'does not see'; };
var_dump($f());
--EXPECT--
string(12) "does not see"
