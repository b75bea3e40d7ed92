--TEST--
positional spread after named arguments is a compile error
--FILE--
<?php
function f($a, $b) {}
f(a: 1, ...[2]);
--EXPECTF--

Fatal error: Cannot use argument unpacking after named arguments in %s on line 3
