--TEST--
compact(): undefined variables and non-string names warn
--FILE--
<?php
function f() {
    $x = 1;
    return compact("x", "missing", 5, [true]);
}
var_dump(f());
--EXPECTF--

Warning: compact(): Undefined variable $missing in %s on line 4

Warning: compact(): Argument #3 must be string or array of strings, int given in %s on line 4

Warning: compact(): Argument #4 must be string or array of strings, bool given in %s on line 4
array(1) {
  ["x"]=>
  int(1)
}
