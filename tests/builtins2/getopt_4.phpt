--TEST--
getopt: short/long options, values, repeats, rest_index (4)
--ARGS--
-c --req= nextval - -a
--FILE--
<?php
var_dump(getopt("ab:c::d12:", ["long", "req:", "opt::"], $ri), $ri);
var_dump(getopt("a"));
var_dump(getopt("", ["long"]));
--EXPECT--
array(1) {
  ["c"]=>
  bool(false)
}
int(3)
array(0) {
}
array(0) {
}
