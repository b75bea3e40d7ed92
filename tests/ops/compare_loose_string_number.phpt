--TEST--
PHP 8 == between numbers and strings: numeric strings compare numerically, others as strings
--FILE--
<?php
var_dump(0 == "a", "1" == "01", "10" == "1e1", 100 == "1e2", 0 == "", null == false, "abc" == 0, "1" == " 1", "1" == "1 ");
var_dump(0 == "0", 0 == "0.0", 1 == "1abc", "abc" == "ABC", 1.0 == "1", -0.0 == 0, "0" == false, "" == null, "0" == null);
--EXPECT--
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
