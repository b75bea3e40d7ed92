--TEST--
function declaration, return values and implicit null return
--FILE--
<?php
function add($a, $b) { return $a + $b; }
function noReturn() { $x = 1; }
function emptyReturn() { return; }
var_dump(add(2, 3), noReturn(), emptyReturn());
--EXPECT--
int(5)
NULL
NULL
