--TEST--
arithmetic with null and bool operands
--FILE--
<?php
var_dump(null + 1, true + true, false - 1, null * 5, true / 2, null . "x", true % 2, null ** 0);
--EXPECT--
int(1)
int(2)
int(-1)
int(0)
float(0.5)
string(1) "x"
int(1)
int(1)
