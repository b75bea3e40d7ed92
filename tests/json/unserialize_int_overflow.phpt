--TEST--
unserialize: integers out of range warn and saturate
--FILE--
<?php
var_dump(unserialize('i:9223372036854775807;'));
var_dump(unserialize('i:9223372036854775808;'));
var_dump(unserialize('i:-9223372036854775808;'));
var_dump(unserialize('i:-99999999999999999999;'));
var_dump(unserialize('i:000000000000000000000000001;'));
--EXPECTF--
int(9223372036854775807)

Warning: unserialize(): Numerical result out of range in %s on line 3
int(9223372036854775807)
int(-9223372036854775808)

Warning: unserialize(): Numerical result out of range in %s on line 5
int(-9223372036854775808)
int(1)
