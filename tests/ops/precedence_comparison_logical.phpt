--TEST--
comparison, equality, bitwise and logical operator precedence
--FILE--
<?php
var_dump(1 + 1 == 2, 1 < 2 == true, 5 & 3 == 3, (5 & 3) == 1, 1 | 2 ^ 3, true || false && false, (true || false) && false, !true && false, !(true && false));
var_dump(1 == 1 && 2 == 2, 1 + 2 . "", 1 < 2 <=> 0, 1 < 2 == 2 > 1);
--EXPECT--
bool(true)
bool(true)
int(1)
bool(true)
int(1)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
string(1) "3"
int(1)
bool(true)
