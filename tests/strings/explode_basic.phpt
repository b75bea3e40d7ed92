--TEST--
explode() with positive, zero and negative limits
--FILE--
<?php
var_dump(explode(",", "a,b,,c"));
var_dump(explode(",", "a,b,c", 2));
var_dump(explode(",", "a,b,c", 0));
var_dump(explode(",", "a,b,c", 1));
var_dump(explode(",", "a,b,c", -1));
var_dump(explode(",", "a,b,c", -3));
var_dump(explode(",", "abc", -1));
var_dump(explode(",", ""));
var_dump(explode(",", "", -1));
var_dump(explode(", ", "a, b, c"));
var_dump(explode("abc", "abc"));
--EXPECT--
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(0) ""
  [3]=>
  string(1) "c"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(3) "b,c"
}
array(1) {
  [0]=>
  string(5) "a,b,c"
}
array(1) {
  [0]=>
  string(5) "a,b,c"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(0) {
}
array(0) {
}
array(1) {
  [0]=>
  string(0) ""
}
array(0) {
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
array(2) {
  [0]=>
  string(0) ""
  [1]=>
  string(0) ""
}
