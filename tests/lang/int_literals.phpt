--TEST--
decimal, hex, octal, 0o, binary and _ separator integer literals
--FILE--
<?php
var_dump(42, -42, 0x1F, 0XfF, 017, 0o17, 0O17, 0b101, 0B11, 1_000_000, 0x7FFF_FFFF, 0b1111_0000, 0_17);
--EXPECT--
int(42)
int(-42)
int(31)
int(255)
int(15)
int(15)
int(15)
int(5)
int(3)
int(1000000)
int(2147483647)
int(240)
int(15)
