--TEST--
getdate(): array of parts for a fixed timestamp
--FILE--
<?php
print_r(getdate(1700000000));
print_r(getdate(-1));
--EXPECT--
Array
(
    [seconds] => 20
    [minutes] => 13
    [hours] => 22
    [mday] => 14
    [wday] => 2
    [mon] => 11
    [year] => 2023
    [yday] => 317
    [weekday] => Tuesday
    [month] => November
    [0] => 1700000000
)
Array
(
    [seconds] => 59
    [minutes] => 59
    [hours] => 23
    [mday] => 31
    [wday] => 3
    [mon] => 12
    [year] => 1969
    [yday] => 364
    [weekday] => Wednesday
    [month] => December
    [0] => -1
)
