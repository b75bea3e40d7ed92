--TEST--
str_word_count() formats 0, 1 and 2 and extra word characters
--FILE--
<?php
$s = "Hello fri3nd, you're looking good today!";
var_dump(str_word_count($s));
var_dump(str_word_count($s, 1));
var_dump(str_word_count($s, 2));
var_dump(str_word_count($s, 1, "0..9"));
var_dump(str_word_count("-foo- 'bar' it's x-y-", 1));
var_dump(str_word_count(""));
var_dump(str_word_count("", 1));
--EXPECT--
int(7)
array(7) {
  [0]=>
  string(5) "Hello"
  [1]=>
  string(3) "fri"
  [2]=>
  string(2) "nd"
  [3]=>
  string(6) "you're"
  [4]=>
  string(7) "looking"
  [5]=>
  string(4) "good"
  [6]=>
  string(5) "today"
}
array(7) {
  [0]=>
  string(5) "Hello"
  [6]=>
  string(3) "fri"
  [10]=>
  string(2) "nd"
  [14]=>
  string(6) "you're"
  [21]=>
  string(7) "looking"
  [29]=>
  string(4) "good"
  [34]=>
  string(5) "today"
}
array(6) {
  [0]=>
  string(5) "Hello"
  [1]=>
  string(6) "fri3nd"
  [2]=>
  string(6) "you're"
  [3]=>
  string(7) "looking"
  [4]=>
  string(4) "good"
  [5]=>
  string(5) "today"
}
array(4) {
  [0]=>
  string(4) "foo-"
  [1]=>
  string(5) "'bar'"
  [2]=>
  string(4) "it's"
  [3]=>
  string(3) "x-y"
}
int(0)
array(0) {
}
