--TEST--
date()/mktime()/strtotime() with PHP_INT_MAX/MIN and absurd amounts do not crash
--FILE--
<?php
var_dump(date("Y-m-d H:i:s", PHP_INT_MAX), date("Y-m-d H:i:s", PHP_INT_MIN), date("c", 100000000000000), date("c", -100000000000000));
foreach ([[0,0,0,1,1,PHP_INT_MAX],[PHP_INT_MAX],[0,0,0,PHP_INT_MAX],[0,0,0,1,1,-PHP_INT_MAX]] as $a) var_dump(is_int(mktime(...$a)));
foreach (["+999999999999999 years", "+99999999999 days", "+999999999999999999 weekdays", "999999999999999999 fortnights ago", "@9223372036854775807"] as $s) var_dump(is_int(strtotime($s, 0)));
--EXPECT--
string(27) "292277026596-12-04 15:30:07"
string(28) "-292277022657-01-27 08:29:52"
string(28) "3170843-11-07T09:46:40+00:00"
string(29) "-3166904-02-24T14:13:20+00:00"
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
