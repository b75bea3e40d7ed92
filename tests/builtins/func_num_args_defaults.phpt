--TEST--
func_num_args counts passed args, not defaults; named args
--FILE--
<?php
function f($a = 1, $b = 2) { return func_num_args(); }
var_dump(f(), f(1), f(1, 2), f(1, 2, 3), f(b: 5));
--EXPECT--
int(0)
int(1)
int(2)
int(3)
int(2)
