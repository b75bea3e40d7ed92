--TEST--
preg: modifiers
--FILE--
<?php
var_dump(preg_match('/^b$/m', "a\nb\nc"));
var_dump(preg_match('/a.b/s', "a\nb"));
var_dump(preg_match('/a.b/', "a\nb"));
var_dump(preg_match('/a b # comment
  c/x', "abc"));
preg_match('/a+/U', 'aaa', $m); var_dump($m);
var_dump(preg_match('/b/A', 'ab'));
var_dump(preg_match('/a$/D', "a\n"), preg_match('/a$/', "a\n"));
preg_match('/(a)(?:b)(c)/n', 'abc', $m); var_dump($m);
preg_match('/(?<x>a)|(?<x>b)/J', 'b', $m); var_dump($m);
var_dump(preg_match('/a/SX', 'a'));
var_dump(preg_match("/a/ \n", 'a'));
--EXPECT--
int(1)
int(1)
int(0)
int(1)
array(1) {
  [0]=>
  string(1) "a"
}
int(0)
int(0)
int(1)
array(1) {
  [0]=>
  string(3) "abc"
}
array(4) {
  [0]=>
  string(1) "b"
  ["x"]=>
  string(1) "b"
  [1]=>
  string(0) ""
  [2]=>
  string(1) "b"
}
int(1)
int(1)
