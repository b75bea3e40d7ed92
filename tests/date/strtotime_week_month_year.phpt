--TEST--
strtotime(): next/last/this week, month, year
--FILE--
<?php
foreach ([1700000000, 1699747200] as $b) {
foreach (["next week", "last week", "this week", "monday next week", "sunday last week", "friday this week", "next month", "last month", "next year", "last year", "next day"] as $s) echo str_pad($s, 18), gmdate("D Y-m-d H:i:s", strtotime($s, $b)), "\n";
echo "--\n";
}
--EXPECT--
next week         Mon 2023-11-20 22:13:20
last week         Mon 2023-11-06 22:13:20
this week         Mon 2023-11-13 22:13:20
monday next week  Mon 2023-11-20 00:00:00
sunday last week  Sun 2023-11-12 00:00:00
friday this week  Fri 2023-11-17 00:00:00
next month        Thu 2023-12-14 22:13:20
last month        Sat 2023-10-14 22:13:20
next year         Thu 2024-11-14 22:13:20
last year         Mon 2022-11-14 22:13:20
next day          Wed 2023-11-15 22:13:20
--
next week         Mon 2023-11-13 00:00:00
last week         Mon 2023-10-30 00:00:00
this week         Mon 2023-11-06 00:00:00
monday next week  Mon 2023-11-13 00:00:00
sunday last week  Sun 2023-11-05 00:00:00
friday this week  Fri 2023-11-10 00:00:00
next month        Tue 2023-12-12 00:00:00
last month        Thu 2023-10-12 00:00:00
next year         Tue 2024-11-12 00:00:00
last year         Sat 2022-11-12 00:00:00
next day          Mon 2023-11-13 00:00:00
--
