--TEST--
min()/max() with several arguments (PHP 8 comparison)
--FILE--
<?php
var_dump(min(3, 1, 2), max(3, 1, 2), min("apple", "banana"), max("10", "9"), max("10", "9a"));
var_dump(min(1, "1"), min("1", 1), max(0, "a"), max("a", 0), min([1, 2], [1, 3]), max(null, false));
var_dump(min(-1, null), max(1.5, "1.5"), max([1], 99), min(true, 2));
--EXPECT--
int(1)
int(3)
string(5) "apple"
string(2) "10"
string(2) "9a"
int(1)
string(1) "1"
string(1) "a"
string(1) "a"
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
NULL
NULL
float(1.5)
array(1) {
  [0]=>
  int(1)
}
bool(true)
