--TEST--
sscanf() returning an array
--FILE--
<?php
var_dump(sscanf("age: 25 name: Bob", "age: %d name: %s"));
var_dump(sscanf("12 apples", "%d %s"));
var_dump(sscanf("0x1A 017 9", "%i %i %i"));
var_dump(sscanf("ff 777 1010", "%x %o %d"));
var_dump(sscanf("3.5e2 -1", "%f %u"));
var_dump(sscanf("hello", "%2c%s"));
var_dump(sscanf("abc123def", "%[a-z]%d%n"));
var_dump(sscanf("key=value", "%[^=]=%s"));
var_dump(sscanf("12", "%d %d"));
var_dump(sscanf("", "%d"));
var_dump(sscanf("x", "%d"));
var_dump(sscanf("1 2", '%2$d %1$d'));
var_dump(sscanf("a b c", "%s %*s %s"));
--EXPECT--
array(2) {
  [0]=>
  int(25)
  [1]=>
  string(3) "Bob"
}
array(2) {
  [0]=>
  int(12)
  [1]=>
  string(6) "apples"
}
array(3) {
  [0]=>
  int(26)
  [1]=>
  int(15)
  [2]=>
  int(9)
}
array(3) {
  [0]=>
  int(255)
  [1]=>
  int(511)
  [2]=>
  int(1010)
}
array(2) {
  [0]=>
  float(350)
  [1]=>
  string(20) "18446744073709551615"
}
array(2) {
  [0]=>
  string(2) "he"
  [1]=>
  string(3) "llo"
}
array(3) {
  [0]=>
  string(3) "abc"
  [1]=>
  int(123)
  [2]=>
  int(6)
}
array(2) {
  [0]=>
  string(3) "key"
  [1]=>
  string(5) "value"
}
array(2) {
  [0]=>
  int(12)
  [1]=>
  NULL
}
NULL
array(1) {
  [0]=>
  NULL
}
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(1)
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "c"
}
