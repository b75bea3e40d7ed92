--TEST--
top-level const declarations with scalar and constant expressions
--FILE--
<?php
const A = 1;
const B = A + 2, C = 'str' . 'ing';
const ARR = [1, 2, A];
const NEG = -A;
const T = true ? 'yes' : 'no';
var_dump(A, B, C, ARR[2], NEG, T);
var_dump(ARR);
--EXPECT--
int(1)
int(3)
string(6) "string"
int(1)
int(-1)
string(3) "yes"
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(1)
}
