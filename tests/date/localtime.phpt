--TEST--
localtime(): indexed and associative forms
--FILE--
<?php
print_r(localtime(1700000000));
print_r(localtime(951782400, true));
--EXPECT--
Array
(
    [0] => 20
    [1] => 13
    [2] => 22
    [3] => 14
    [4] => 10
    [5] => 123
    [6] => 2
    [7] => 317
    [8] => 0
)
Array
(
    [tm_sec] => 0
    [tm_min] => 0
    [tm_hour] => 0
    [tm_mday] => 29
    [tm_mon] => 1
    [tm_year] => 100
    [tm_wday] => 2
    [tm_yday] => 59
    [tm_isdst] => 0
)
