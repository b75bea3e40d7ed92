--TEST--
default values referring to constants are evaluated at call time
--FILE--
<?php
function f($x = LATE) { return $x; }
define('LATE', 'defined later');
var_dump(f());
--EXPECT--
string(13) "defined later"
