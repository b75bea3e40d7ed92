--TEST--
strtotime(): +/- amounts of every unit and ago
--FILE--
<?php
$b = 1700000000;
foreach (["+1 day", "-1 day", "+2 weeks", "-2 weeks", "+1 month", "-1 month", "+1 year", "+3 hours", "-30 minutes", "+45 seconds", "+1 week 2 days 4 hours 2 seconds", "1 day ago", "2 weeks ago", "3 months ago", "10 minutes ago", "+1 fortnight", "-1 year -2 months", "+0 day", "3 days", "now +1 hour"] as $s) echo str_pad($s, 34), gmdate("D Y-m-d H:i:s", strtotime($s, $b)), "\n";
--EXPECT--
+1 day                            Wed 2023-11-15 22:13:20
-1 day                            Mon 2023-11-13 22:13:20
+2 weeks                          Tue 2023-11-28 22:13:20
-2 weeks                          Tue 2023-10-31 22:13:20
+1 month                          Thu 2023-12-14 22:13:20
-1 month                          Sat 2023-10-14 22:13:20
+1 year                           Thu 2024-11-14 22:13:20
+3 hours                          Wed 2023-11-15 01:13:20
-30 minutes                       Tue 2023-11-14 21:43:20
+45 seconds                       Tue 2023-11-14 22:14:05
+1 week 2 days 4 hours 2 seconds  Fri 2023-11-24 02:13:22
1 day ago                         Mon 2023-11-13 22:13:20
2 weeks ago                       Tue 2023-10-31 22:13:20
3 months ago                      Mon 2023-08-14 22:13:20
10 minutes ago                    Tue 2023-11-14 22:03:20
+1 fortnight                      Tue 2023-11-28 22:13:20
-1 year -2 months                 Wed 2022-09-14 22:13:20
+0 day                            Tue 2023-11-14 22:13:20
3 days                            Fri 2023-11-17 22:13:20
now +1 hour                       Tue 2023-11-14 23:13:20
