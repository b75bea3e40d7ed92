--TEST--
named arguments: by-reference parameters of builtins, skipped optional ones
--FILE--
<?php
$a = [3, 1, 2];
sort(flags: SORT_STRING, array: $a);
var_dump($a);
var_dump(array_slice([1, 2, 3, 4], 1, preserve_keys: true));
var_dump(array_filter([0, 1, 2], mode: ARRAY_FILTER_USE_KEY));
$b = [1, 2, 3];
var_dump(array_splice(replacement: ["x"], offset: 1, array: $b, length: 1), $b);
function f() { var_dump(extract(array: ["q" => 1], prefix: "p"), $q); }
f();
var_dump(in_array(strict: true, needle: "1", haystack: [1]), range(step: 2, start: 0, end: 6));
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(3) {
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
}
array(2) {
  [1]=>
  int(1)
  [2]=>
  int(2)
}
array(1) {
  [0]=>
  int(2)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  string(1) "x"
  [2]=>
  int(3)
}
int(1)
int(1)
bool(false)
array(4) {
  [0]=>
  int(0)
  [1]=>
  int(2)
  [2]=>
  int(4)
  [3]=>
  int(6)
}
