--TEST--
preg: misc edges
--FILE--
<?php
var_dump(preg_match_all('/a/', 'aXa', $m, PREG_OFFSET_CAPTURE, 1), $m);
var_dump(preg_split('/(a)(b)?(c)?/', 'xaby', -1, PREG_SPLIT_DELIM_CAPTURE));
var_dump(preg_split('/(a)(b)?(c)?/', 'xacy', -1, PREG_SPLIT_DELIM_CAPTURE | PREG_SPLIT_OFFSET_CAPTURE));
var_dump(preg_replace(['/a/'], [], 'abc'));
var_dump(preg_replace([], 'x', 'abc'));
var_dump(preg_replace('/a/', 'x', []));
var_dump(preg_replace_callback_array([], 'abc'));
var_dump(preg_grep('/\d/', ['a' => '1', 'b' => 'x', 'c' => '2']));
var_dump(preg_match('/[[:alpha:]]+/', 'ab1', $m), $m);
var_dump(preg_replace('/e/', 'E', 'eee', 1.0));
var_dump(preg_match('/^\s*$/', " \t\n"));
var_dump(preg_match('/(*UTF8)é/', 'é'));
var_dump(preg_match('/a/', 'a', $m, PREG_UNMATCHED_AS_NULL | 0), $m);
var_dump(preg_match('/\//', '/'));
var_dump(preg_quote('#', '#'));
var_dump(preg_split('/,/', 'a,b', PHP_INT_MAX));
--EXPECT--
int(1)
array(1) {
  [0]=>
  array(1) {
    [0]=>
    array(2) {
      [0]=>
      string(1) "a"
      [1]=>
      int(2)
    }
  }
}
array(4) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "a"
  [2]=>
  string(1) "b"
  [3]=>
  string(1) "y"
}
array(5) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "x"
    [1]=>
    int(0)
  }
  [1]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    int(1)
  }
  [2]=>
  array(2) {
    [0]=>
    string(0) ""
    [1]=>
    int(-1)
  }
  [3]=>
  array(2) {
    [0]=>
    string(1) "c"
    [1]=>
    int(2)
  }
  [4]=>
  array(2) {
    [0]=>
    string(1) "y"
    [1]=>
    int(3)
  }
}
string(2) "bc"
string(3) "abc"
array(0) {
}
string(3) "abc"
array(2) {
  ["a"]=>
  string(1) "1"
  ["c"]=>
  string(1) "2"
}
int(1)
array(1) {
  [0]=>
  string(2) "ab"
}
string(3) "Eee"
int(1)
int(1)
int(1)
array(1) {
  [0]=>
  string(1) "a"
}
int(1)
string(2) "\#"
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
