--TEST--
the catch variable is assigned (through a reference too) and kept after the block
--FILE--
<?php
$e = 42;
try {
    intdiv(1, 0);
} catch (Error $e) {
}
var_dump(is_object($e));
$target = "old";
$alias = &$target;
try {
    strlen([]);
} catch (TypeError $alias) {
}
var_dump(is_object($target));
function scope() {
    try { undefined_fn(); } catch (Error $inner) { }
    return isset($inner);
}
var_dump(scope());
var_dump(isset($inner));
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
