--TEST--
strtotime(): month arithmetic overflows like PHP (Jan 31 + 1 month)
--FILE--
<?php
foreach (["2024-01-31 +1 month", "2024-03-31 -1 month", "2023-01-31 +1 month", "2024-02-29 +1 year", "2024-02-30", "2024-04-31", "2023-02-29"] as $s) echo str_pad($s, 22), gmdate("Y-m-d", strtotime($s)), "\n";
--EXPECT--
2024-01-31 +1 month   2024-03-02
2024-03-31 -1 month   2024-03-02
2023-01-31 +1 month   2023-03-03
2024-02-29 +1 year    2025-03-01
2024-02-30            2024-03-01
2024-04-31            2024-05-01
2023-02-29            2023-03-01
