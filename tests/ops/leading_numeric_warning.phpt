--TEST--
leading-numeric strings work with "A non-numeric value encountered" warning
--FILE--
<?php
var_dump("12abc" + 1);
var_dump("5 apples" * 2);
var_dump("1.5xyz" + 0);
var_dump(10 % "3 apples");
var_dump("0x1A" + 0);
var_dump("1e3e" * 1);
--EXPECTF--

Warning: A non-numeric value encountered in %s on line 2
int(13)

Warning: A non-numeric value encountered in %s on line 3
int(10)

Warning: A non-numeric value encountered in %s on line 4
float(1.5)

Warning: A non-numeric value encountered in %s on line 5
int(1)

Warning: A non-numeric value encountered in %s on line 6
int(0)

Warning: A non-numeric value encountered in %s on line 7
float(1000)
