--TEST--
strtotime(): dates with month names
--FILE--
<?php
foreach (["15 January 2024", "15 Jan 2024", "January 15, 2024", "Jan 15 2024", "January 2024", "1st January 2024", "March 3rd 2024", "January 15", "3rd March", "1 Jan 2000 00:00:00"] as $s) {
$r = strtotime($s, 1700000000);
echo $s, " => ", gmdate("D Y-m-d H:i:s", $r), "\n";
}
--EXPECT--
15 January 2024 => Mon 2024-01-15 00:00:00
15 Jan 2024 => Mon 2024-01-15 00:00:00
January 15, 2024 => Mon 2024-01-15 00:00:00
Jan 15 2024 => Mon 2024-01-15 00:00:00
January 2024 => Mon 2024-01-01 00:00:00
1st January 2024 => Mon 2024-01-01 00:00:00
March 3rd 2024 => Sun 2024-03-03 00:00:00
January 15 => Sun 2023-01-15 00:00:00
3rd March => Fri 2023-03-03 00:00:00
1 Jan 2000 00:00:00 => Sat 2000-01-01 00:00:00
