--TEST--
intval with default base on various inputs
--FILE--
<?php
var_dump(intval(42), intval("42"), intval("  42abc"), intval("abc"), intval(4.9), intval(-4.9), intval("1e3"), intval(true), intval(null), intval([]), intval([0]), intval("0x1A"), intval("012"), intval(1e20));
--EXPECT--
int(42)
int(42)
int(42)
int(0)
int(4)
int(-4)
int(1000)
int(1)
int(0)
int(0)
int(1)
int(0)
int(12)
int(7766279631452241920)
