--TEST--
get_defined_functions(): internal names and user functions in lower case, in declaration order
--FILE--
<?php
function MyFunc() {}
function other_one() {}
$f = get_defined_functions();
var_dump(array_keys($f), $f['user'], in_array('strlen', $f['internal']), in_array('myfunc', $f['internal']));
--EXPECT--
array(2) {
  [0]=>
  string(8) "internal"
  [1]=>
  string(4) "user"
}
array(2) {
  [0]=>
  string(6) "myfunc"
  [1]=>
  string(9) "other_one"
}
bool(true)
bool(false)
