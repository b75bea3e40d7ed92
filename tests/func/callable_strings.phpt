--TEST--
calling functions through strings and is_callable
--FILE--
<?php
$f = 'strlen';
var_dump($f('hello'));
function myfunc($a) { return "my:$a"; }
$g = 'myfunc';
var_dump($g('x'), ('my' . 'func')('y'), 'MYFUNC'('z'));
var_dump(is_callable('strlen'), is_callable('myfunc'), is_callable('nope'), is_callable(5), is_callable(fn() => 1), is_callable('MyFunc'));
--EXPECT--
int(5)
string(4) "my:x"
string(4) "my:y"
string(4) "my:z"
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
