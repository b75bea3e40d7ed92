--TEST--
date() in zones with half/quarter hour offsets
--FILE--
<?php
foreach (["Asia/Kolkata", "Asia/Kathmandu", "Australia/Adelaide"] as $z) {
date_default_timezone_set($z);
echo date("c T Z O", 1700000000), "\n";
}
--EXPECT--
2023-11-15T03:43:20+05:30 IST 19800 +0530
2023-11-15T03:58:20+05:45 +0545 20700 +0545
2023-11-15T08:43:20+10:30 ACDT 37800 +1030
