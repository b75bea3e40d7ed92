--TEST--
idate(): warnings and false for bad format strings
--FILE--
<?php
foreach (["", "Yd", "q"] as $f) var_dump(idate($f, 0));
--EXPECTF--

Warning: idate(): idate format is one char in %s on line 2
bool(false)

Warning: idate(): idate format is one char in %s on line 2
bool(false)

Warning: idate(): Unrecognized date format token in %s on line 2
bool(false)
