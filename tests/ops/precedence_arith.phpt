--TEST--
arithmetic precedence: * / % before + -, left associativity
--FILE--
<?php
var_dump(2 + 3 * 4, (2 + 3) * 4, 10 - 2 - 3, 100 / 10 / 5, 2 * 3 % 4, 7 % 4 * 2, 1 + 2 * 3 - 4 / 2, -2 * -3);
--EXPECT--
int(14)
int(20)
int(5)
int(2)
int(2)
int(6)
int(5)
int(6)
