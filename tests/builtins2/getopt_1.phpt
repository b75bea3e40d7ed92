--TEST--
getopt: short/long options, values, repeats, rest_index (1)
--ARGS--
-a -b val -cfoo --long --req=1 --opt=2 rest -a
--FILE--
<?php
var_dump(getopt("ab:c::d12:", ["long", "req:", "opt::"], $ri), $ri);
var_dump(getopt("a"));
var_dump(getopt("", ["long"]));
--EXPECT--
array(6) {
  ["a"]=>
  bool(false)
  ["b"]=>
  string(3) "val"
  ["c"]=>
  string(3) "foo"
  ["long"]=>
  bool(false)
  ["req"]=>
  string(1) "1"
  ["opt"]=>
  string(1) "2"
}
int(8)
array(1) {
  ["a"]=>
  bool(false)
}
array(0) {
}
