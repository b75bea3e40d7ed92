--TEST--
strtotime(): +N weekdays skips weekends, from weekdays and weekends
--FILE--
<?php
foreach ([1700000000, 1699747200, 1699660800] as $b) {
foreach (["+1 weekday", "-1 weekday", "+3 weekdays", "+5 weekdays", "-6 weekdays", "+0 weekdays", "2 weekdays ago"] as $s) echo str_pad($s, 16), gmdate("D Y-m-d H:i:s", strtotime($s, $b)), "\n";
echo "--\n";
}
--EXPECT--
+1 weekday      Wed 2023-11-15 22:13:20
-1 weekday      Mon 2023-11-13 22:13:20
+3 weekdays     Fri 2023-11-17 22:13:20
+5 weekdays     Tue 2023-11-21 22:13:20
-6 weekdays     Mon 2023-11-06 22:13:20
+0 weekdays     Tue 2023-11-14 22:13:20
2 weekdays ago  Fri 2023-11-10 22:13:20
--
+1 weekday      Mon 2023-11-13 00:00:00
-1 weekday      Fri 2023-11-10 00:00:00
+3 weekdays     Wed 2023-11-15 00:00:00
+5 weekdays     Fri 2023-11-17 00:00:00
-6 weekdays     Fri 2023-11-03 00:00:00
+0 weekdays     Mon 2023-11-13 00:00:00
2 weekdays ago  Thu 2023-11-09 00:00:00
--
+1 weekday      Mon 2023-11-13 00:00:00
-1 weekday      Fri 2023-11-10 00:00:00
+3 weekdays     Wed 2023-11-15 00:00:00
+5 weekdays     Fri 2023-11-17 00:00:00
-6 weekdays     Fri 2023-11-03 00:00:00
+0 weekdays     Mon 2023-11-13 00:00:00
2 weekdays ago  Thu 2023-11-09 00:00:00
--
