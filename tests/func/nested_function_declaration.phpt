--TEST--
a function declared inside a function exists after the outer one runs
--FILE--
<?php
function outer() {
    function inner() { return "inner"; }
    return "outer";
}
var_dump(function_exists('inner'));
echo outer(), " ", inner(), "\n";
--EXPECT--
bool(false)
outer inner
