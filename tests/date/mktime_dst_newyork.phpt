--TEST--
mktime() and strtotime() in America/New_York gaps and repeated hours
--FILE--
<?php
date_default_timezone_set("America/New_York");
foreach (["2024-03-10 02:30", "2024-11-03 01:30", "2050-03-13 02:30", "2050-11-06 01:30"] as $s) {
$r = strtotime($s, 1720000000);
echo $s, " => ", $r, " ", date("c T", $r), "\n";
} echo date("c", mktime(2, 30, 0, 3, 10, 2024)), "\n";
--EXPECT--
2024-03-10 02:30 => 1710055800 2024-03-10T03:30:00-04:00 EDT
2024-11-03 01:30 => 1730611800 2024-11-03T01:30:00-04:00 EDT
2050-03-13 02:30 => 2530769400 2050-03-13T03:30:00-04:00 EDT
2050-11-06 01:30 => 2551325400 2050-11-06T01:30:00-04:00 EDT
2024-03-10T03:30:00-04:00
