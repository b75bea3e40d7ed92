--TEST--
mktime()/gmmktime() with all arguments
--FILE--
<?php
var_dump(mktime(0, 0, 0, 1, 1, 1970));
var_dump(mktime(22, 13, 20, 11, 14, 2023));
var_dump(gmmktime(12, 30, 45, 6, 15, 2024));
var_dump(mktime(0, 0, 0, 2, 29, 2024));
--EXPECT--
int(0)
int(1700000000)
int(1718454645)
int(1709164800)
