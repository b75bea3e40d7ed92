--TEST--
callbacks: a builtin with a by-reference parameter gets values (warning)
--FILE--
<?php
var_dump(array_map("sort", [[3, 1], [2, 1]]));
--EXPECTF--

Warning: sort(): Argument #1 ($array) must be passed by reference, value given in %s on line 2

Warning: sort(): Argument #1 ($array) must be passed by reference, value given in %s on line 2
array(2) {
  [0]=>
  bool(true)
  [1]=>
  bool(true)
}
