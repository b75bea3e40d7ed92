--TEST--
preg: filter
--FILE--
<?php
var_dump(preg_filter('/\d/', '#', ['a1', 'b', 'k' => 'c22']));
var_dump(preg_filter('/\d/', '#', 'abc'));
var_dump(preg_filter('/\d/', '#', 'a1'));
var_dump(preg_filter(['/a/', '/b/'], ['1', '2'], ['ab', 'c', 'b'], -1, $c), $c);
--EXPECT--
array(2) {
  [0]=>
  string(2) "a#"
  ["k"]=>
  string(3) "c##"
}
NULL
string(2) "a#"
array(2) {
  [0]=>
  string(2) "12"
  [2]=>
  string(1) "2"
}
int(3)
