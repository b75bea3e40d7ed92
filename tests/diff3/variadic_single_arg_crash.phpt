--TEST--
a variadic parameter receiving exactly one positional argument
--FILE--
<?php
function c(...$b) { var_dump($b); return count($b); }
var_dump(c(1));
function d($a, ...$rest) { return $rest; }
var_dump(d(0, 'x'));
echo "ok\n";
--EXPECT--
array(1) {
  [0]=>
  int(1)
}
int(1)
array(1) {
  [0]=>
  string(1) "x"
}
ok
