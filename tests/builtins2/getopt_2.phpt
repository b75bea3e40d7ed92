--TEST--
getopt: short/long options, values, repeats, rest_index (2)
--ARGS--
-abvalue -a -a --req two --opt x -z --unknown -d -- -a
--FILE--
<?php
var_dump(getopt("ab:c::d12:", ["long", "req:", "opt::"], $ri), $ri);
var_dump(getopt("a"));
var_dump(getopt("", ["long"]));
--EXPECT--
array(4) {
  ["a"]=>
  array(3) {
    [0]=>
    bool(false)
    [1]=>
    bool(false)
    [2]=>
    bool(false)
  }
  ["b"]=>
  string(5) "value"
  ["req"]=>
  string(3) "two"
  ["opt"]=>
  bool(false)
}
int(7)
array(1) {
  ["a"]=>
  array(4) {
    [0]=>
    bool(false)
    [1]=>
    bool(false)
    [2]=>
    bool(false)
    [3]=>
    bool(false)
  }
}
array(0) {
}
