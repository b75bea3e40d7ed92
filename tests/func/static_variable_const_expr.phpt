--TEST--
static variable initializers may be constant expressions
--FILE--
<?php
const START = 5;
function f() { static $x = START * 2, $s = 'a' . 'b'; return $x++ . $s; }
var_dump(f(), f());
--EXPECT--
string(4) "10ab"
string(4) "11ab"
