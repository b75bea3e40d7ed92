--TEST--
strtotime(): weekday names with this/next/last
--FILE--
<?php
foreach ([1700000000, 1699747200, 1699833600] as $b) {
foreach (["monday", "tuesday", "sunday", "next monday", "next tuesday", "last friday", "last tuesday", "this friday", "sat", "next monday 9am"] as $s) echo str_pad($s, 16), gmdate("D Y-m-d H:i", strtotime($s, $b)), "\n";
echo "--\n";
}
--EXPECT--
monday          Mon 2023-11-20 00:00
tuesday         Tue 2023-11-14 00:00
sunday          Sun 2023-11-19 00:00
next monday     Mon 2023-11-20 00:00
next tuesday    Tue 2023-11-21 00:00
last friday     Fri 2023-11-10 00:00
last tuesday    Tue 2023-11-07 00:00
this friday     Fri 2023-11-17 00:00
sat             Sat 2023-11-18 00:00
next monday 9am Mon 2023-11-20 09:00
--
monday          Mon 2023-11-13 00:00
tuesday         Tue 2023-11-14 00:00
sunday          Sun 2023-11-12 00:00
next monday     Mon 2023-11-13 00:00
next tuesday    Tue 2023-11-14 00:00
last friday     Fri 2023-11-10 00:00
last tuesday    Tue 2023-11-07 00:00
this friday     Fri 2023-11-17 00:00
sat             Sat 2023-11-18 00:00
next monday 9am Mon 2023-11-13 09:00
--
monday          Mon 2023-11-13 00:00
tuesday         Tue 2023-11-14 00:00
sunday          Sun 2023-11-19 00:00
next monday     Mon 2023-11-20 00:00
next tuesday    Tue 2023-11-14 00:00
last friday     Fri 2023-11-10 00:00
last tuesday    Tue 2023-11-07 00:00
this friday     Fri 2023-11-17 00:00
sat             Sat 2023-11-18 00:00
next monday 9am Mon 2023-11-20 09:00
--
