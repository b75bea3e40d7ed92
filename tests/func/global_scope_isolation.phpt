--TEST--
functions do not see global variables without global
--FILE--
<?php
$g = 'global';
function f() { return isset($g) ? 'visible' : 'not visible'; }
var_dump(f());
function g() { $local = 1; }
g();
var_dump(isset($local));
--EXPECT--
string(11) "not visible"
bool(false)
