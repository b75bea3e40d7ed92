--TEST--
mixed, iterable and callable parameter types
--FILE--
<?php
function m(mixed $v) { return gettype($v); }
function it(iterable $i) { return count($i); }
function c(callable $c) { return $c("abc"); }
var_dump(m(null), m([]), it([1, 2]), c('strlen'));
c('no_such_function');
--EXPECTF--
string(4) "NULL"
string(5) "array"
int(2)
int(3)

Fatal error: Uncaught TypeError: c(): Argument #1 ($c) must be of type callable, string given, called in %s on line 6 and defined in %s:4
Stack trace:
#0 %s(6): c('no_such_functio...')
#1 {main}
  thrown in %s on line 4
