--TEST--
Notices for returning a non-variable by reference and for $x = &nonref_func()
--FILE--
<?php
function &f() { return 5; }
$x = &f();
var_dump($x);
function g() { static $v = 1; return $v; }
$y = &g();
var_dump($y);
--EXPECTF--

Notice: Only variable references should be returned by reference in %s on line 2
int(5)

Notice: Only variables should be assigned by reference in %s on line 6
int(1)
