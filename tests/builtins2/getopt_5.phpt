--TEST--
getopt: short/long options, values, repeats, rest_index (5)
--ARGS--
-a: -b
--FILE--
<?php
var_dump(getopt("ab:c::d12:", ["long", "req:", "opt::"], $ri), $ri);
var_dump(getopt("a"));
var_dump(getopt("", ["long"]));
--EXPECT--
array(1) {
  ["a"]=>
  bool(false)
}
int(3)
array(1) {
  ["a"]=>
  bool(false)
}
array(0) {
}
