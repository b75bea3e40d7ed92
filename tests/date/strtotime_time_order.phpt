--TEST--
strtotime(): a later today/tomorrow/weekday resets an earlier time
--FILE--
<?php
foreach (["10:00 monday", "monday 10:00", "noon monday", "10:00 today", "today 10:00", "10:00 tomorrow", "noon tomorrow", "tomorrow noon", "midnight noon", "5:30pm tomorrow", "10.30"] as $s) echo str_pad($s, 16), gmdate("D Y-m-d H:i:s", strtotime($s, 1700000000)), "\n";
--EXPECT--
10:00 monday    Mon 2023-11-20 00:00:00
monday 10:00    Mon 2023-11-20 10:00:00
noon monday     Mon 2023-11-20 00:00:00
10:00 today     Tue 2023-11-14 00:00:00
today 10:00     Tue 2023-11-14 10:00:00
10:00 tomorrow  Wed 2023-11-15 00:00:00
noon tomorrow   Wed 2023-11-15 00:00:00
tomorrow noon   Wed 2023-11-15 12:00:00
midnight noon   Tue 2023-11-14 12:00:00
5:30pm tomorrow Wed 2023-11-15 00:00:00
10.30           Tue 2023-11-14 10:30:00
