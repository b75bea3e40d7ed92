--TEST--
getopt: short/long options, values, repeats, rest_index (6)
--ARGS--
--req=a=b --opt= --long=5 -b
--FILE--
<?php
var_dump(getopt("ab:c::d12:", ["long", "req:", "opt::"], $ri), $ri);
var_dump(getopt("a"));
var_dump(getopt("", ["long"]));
--EXPECT--
array(2) {
  ["req"]=>
  string(3) "a=b"
  ["long"]=>
  bool(false)
}
int(5)
array(0) {
}
array(1) {
  ["long"]=>
  bool(false)
}
