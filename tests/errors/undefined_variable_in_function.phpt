--TEST--
undefined variable warning inside a function, with its line
--FILE--
<?php
function f() {
    return $missing;
}
var_dump(f());
--EXPECTF--

Warning: Undefined variable $missing in %s on line 3
NULL
