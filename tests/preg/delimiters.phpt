--TEST--
preg: delimiters
--FILE--
<?php
var_dump(preg_match('#a/b#', 'a/b'));
var_dump(preg_match('~a~i', 'A'));
var_dump(preg_match('(a(b)c)', 'abc', $m), $m);
var_dump(preg_match('[a[bc]]', 'ab'));
var_dump(preg_match('{a{2}}', 'aa'));
var_dump(preg_match('<a>i', 'A'));
var_dump(preg_match('/a\/b/', 'a/b'));
var_dump(preg_match("  \n/a/", 'a'));
var_dump(preg_match('%a%', 'a'));
var_dump(preg_match('|a|', 'a'));
--EXPECT--
int(1)
int(1)
int(1)
array(2) {
  [0]=>
  string(3) "abc"
  [1]=>
  string(1) "b"
}
int(1)
int(1)
int(1)
int(1)
int(1)
int(1)
int(1)
