--TEST--
is_callable on strings, closures and non-callables
--FILE--
<?php
function f() {}
var_dump(is_callable('f'), is_callable('F'), is_callable('strlen'), is_callable('nope'), is_callable(''), is_callable(null), is_callable([]), is_callable(function () {}), is_callable('is_callable'));
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
