--TEST--
numeric string edge cases via intval-like casts and +0
--FILE--
<?php
var_dump("1_000" + 0);
var_dump((int)"1_000", (float)"1_000.5");
var_dump(is_numeric("1_000"), is_numeric("1e5"), is_numeric(" 5"), is_numeric("5 "), is_numeric("."), is_numeric("-.5"), is_numeric("0x1A"), is_numeric(""), is_numeric("+1.5e-3"));
--EXPECTF--

Warning: A non-numeric value encountered in %s on line 2
int(1)
int(1)
float(1)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
