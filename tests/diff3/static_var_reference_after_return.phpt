--TEST--
a reference to a static variable that escapes the function is still a reference (& in var_dump)
--FILE--
<?php
function f() { static $s = 1; return [&$s]; }
var_dump(f());
$fn = function () { static $t = 3; return [&$t]; };
var_dump($fn());
function gv($a) { static $n = 5; return get_defined_vars(); }
var_dump(gv('A'));
--EXPECT--
array(1) {
  [0]=>
  &int(1)
}
array(1) {
  [0]=>
  &int(3)
}
array(2) {
  ["a"]=>
  string(1) "A"
  ["n"]=>
  &int(5)
}
