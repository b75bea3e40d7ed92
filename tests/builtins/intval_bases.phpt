--TEST--
intval with explicit bases 2, 8, 16, 36 and base 0 auto-detection
--FILE--
<?php
var_dump(intval("101", 2), intval("777", 8), intval("ff", 16), intval("0xff", 16), intval("z", 36), intval("0x1A", 0), intval("012", 0), intval("0b11", 0), intval("42", 0), intval("12", 5), intval(" 0x1f", 16), intval("-ff", 16), intval("0o17", 0), intval("0o17", 8));
--EXPECT--
int(5)
int(511)
int(255)
int(255)
int(35)
int(26)
int(10)
int(3)
int(42)
int(7)
int(31)
int(-255)
int(0)
int(0)
