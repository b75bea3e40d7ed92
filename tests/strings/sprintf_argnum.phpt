--TEST--
sprintf() positional arguments and * width/precision
--FILE--
<?php
var_dump(sprintf('%2$s %1$s %2$s', "world", "hello"));
var_dump(sprintf('%1$05d|%1$-5d|', 42));
var_dump(sprintf('%*d|', 6, 42));
var_dump(sprintf('%-*d|', 6, 42));
var_dump(sprintf('%.*f', 2, M_PI));
var_dump(sprintf('%*.*f|', 10, 3, M_PI));
var_dump(sprintf('%2$*1$d|', 5, 42));
var_dump(sprintf('%.*g', -1, 0.1 + 0.2));
--EXPECT--
string(17) "hello world hello"
string(12) "00042|42   |"
string(7) "    42|"
string(7) "42    |"
string(4) "3.14"
string(11) "     3.142|"
string(6) "   42|"
string(19) "0.30000000000000004"
