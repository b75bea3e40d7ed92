--TEST--
str_getcsv() with enclosures, escapes and custom separators
--FILE--
<?php
var_dump(str_getcsv('a,b,c'));
var_dump(str_getcsv('"a,b",c'));
var_dump(str_getcsv('"say ""hi""",x'));
var_dump(str_getcsv('a;b;"c;d"', ";"));
var_dump(str_getcsv("'a,b',c", ",", "'"));
var_dump(str_getcsv('a,,c,'));
var_dump(str_getcsv(''));
var_dump(str_getcsv('  "padded"  ,b'));
var_dump(str_getcsv('"ab"cd,e'));
var_dump(str_getcsv('"a\"b",c'));
var_dump(str_getcsv("a,b\n"));
var_dump(str_getcsv("\"multi\nline\",x"));
var_dump(str_getcsv('"open,x'));
--EXPECT--
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
  string(3) "a,b"
  [1]=>
  string(1) "c"
}
array(2) {
  [0]=>
  string(8) "say "hi""
  [1]=>
  string(1) "x"
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(3) "c;d"
}
array(2) {
  [0]=>
  string(3) "a,b"
  [1]=>
  string(1) "c"
}
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(0) ""
  [2]=>
  string(1) "c"
  [3]=>
  string(0) ""
}
array(1) {
  [0]=>
  NULL
}
array(2) {
  [0]=>
  string(8) "padded  "
  [1]=>
  string(1) "b"
}
array(2) {
  [0]=>
  string(4) "abcd"
  [1]=>
  string(1) "e"
}
array(2) {
  [0]=>
  string(4) "a\"b"
  [1]=>
  string(1) "c"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(2) {
  [0]=>
  string(10) "multi
line"
  [1]=>
  string(1) "x"
}
array(1) {
  [0]=>
  string(6) "open,x"
}
