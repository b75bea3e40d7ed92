--TEST--
static variables in closures are per closure object
--FILE--
<?php
function mk() { return function () { static $n = 0; return ++$n; }; }
$a = mk(); $b = mk();
var_dump($a(), $a(), $b());
--EXPECT--
int(1)
int(2)
int(1)
