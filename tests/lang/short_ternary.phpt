--TEST--
?: returns the left operand when truthy, evaluating it once
--FILE--
<?php
var_dump(0 ?: 'zero', 'x' ?: 'y', '' ?: null, '0' ?: 'str0', [] ?: 'empty', [0] ?: 'no');
function v() { echo "eval\n"; return 7; }
var_dump(v() ?: 8);
var_dump(false ?: 0 ?: 'last');
--EXPECT--
string(4) "zero"
string(1) "x"
NULL
string(4) "str0"
string(5) "empty"
array(1) {
  [0]=>
  int(0)
}
eval
int(7)
string(4) "last"
