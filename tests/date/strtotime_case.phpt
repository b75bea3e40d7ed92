--TEST--
strtotime(): keywords and names are case-insensitive
--FILE--
<?php
foreach (["NEXT MONDAY", "Tomorrow", "15 JANUARY 2024", "+1 DAY", "Last Day Of Next Month", "10PM"] as $s) echo str_pad($s, 24), gmdate("Y-m-d H:i:s", strtotime($s, 1700000000)), "\n";
--EXPECT--
NEXT MONDAY             2023-11-20 00:00:00
Tomorrow                2023-11-15 00:00:00
15 JANUARY 2024         2024-01-15 00:00:00
+1 DAY                  2023-11-15 22:13:20
Last Day Of Next Month  2023-12-31 22:13:20
10PM                    2023-11-14 22:00:00
