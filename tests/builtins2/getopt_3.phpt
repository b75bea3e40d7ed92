--TEST--
getopt: short/long options, values, repeats, rest_index (3)
--ARGS--
-1 -2x --opt -c=eq -b
--FILE--
<?php
var_dump(getopt("ab:c::d12:", ["long", "req:", "opt::"], $ri), $ri);
var_dump(getopt("a"));
var_dump(getopt("", ["long"]));
--EXPECT--
array(4) {
  [1]=>
  bool(false)
  [2]=>
  string(1) "x"
  ["opt"]=>
  bool(false)
  ["c"]=>
  string(2) "eq"
}
int(6)
array(0) {
}
array(0) {
}
