--TEST--
strtotime(): now, today, tomorrow, yesterday, midnight, noon with a base
--FILE--
<?php
$b = 1700000000;
foreach (["now", "today", "tomorrow", "yesterday", "midnight", "noon", "tomorrow noon", "yesterday 14:00", "today 15:00", "tomorrow -1 sec"] as $s) echo str_pad($s, 16), gmdate("D Y-m-d H:i:s", strtotime($s, $b)), "\n";
--EXPECT--
now             Tue 2023-11-14 22:13:20
today           Tue 2023-11-14 00:00:00
tomorrow        Wed 2023-11-15 00:00:00
yesterday       Mon 2023-11-13 00:00:00
midnight        Tue 2023-11-14 00:00:00
noon            Tue 2023-11-14 12:00:00
tomorrow noon   Wed 2023-11-15 12:00:00
yesterday 14:00 Mon 2023-11-13 14:00:00
today 15:00     Tue 2023-11-14 15:00:00
tomorrow -1 sec Tue 2023-11-14 23:59:59
