--TEST--
strtotime(): first/last day of and nth weekday of
--FILE--
<?php
$b = 1700000000;
foreach (["first day of next month", "last day of next month", "first day of this month", "last day of last month", "first day of", "last day of", "first day of january 2025", "last day of february 2024", "last day of february 2023", "first monday of next month", "last sunday of march 2024", "second tuesday of january 2024", "third friday of next month"] as $s) echo str_pad($s, 32), gmdate("D Y-m-d H:i:s", strtotime($s, $b)), "\n";
--EXPECT--
first day of next month         Fri 2023-12-01 22:13:20
last day of next month          Sun 2023-12-31 22:13:20
first day of this month         Wed 2023-11-01 22:13:20
last day of last month          Tue 2023-10-31 22:13:20
first day of                    Wed 2023-11-01 22:13:20
last day of                     Thu 2023-11-30 22:13:20
first day of january 2025       Wed 2025-01-01 00:00:00
last day of february 2024       Thu 2024-02-29 00:00:00
last day of february 2023       Tue 2023-02-28 00:00:00
first monday of next month      Mon 2023-12-04 00:00:00
last sunday of march 2024       Sun 2024-03-31 00:00:00
second tuesday of january 2024  Tue 2024-01-09 00:00:00
third friday of next month      Fri 2023-12-15 00:00:00
