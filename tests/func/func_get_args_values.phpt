--TEST--
func_get_args reflects current parameter values and defaults are not included
--FILE--
<?php
function f($a, $b = 'default') { $a = 'modified'; return func_get_args(); }
var_dump(f('orig'));
var_dump(func_num_args_wrapper(1, 2));
function func_num_args_wrapper() { return func_num_args(); }
--EXPECT--
array(1) {
  [0]=>
  string(8) "modified"
}
int(2)
