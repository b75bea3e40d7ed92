--TEST--
date() in Europe/Paris: CET/CEST offsets and DST flag
--FILE--
<?php
date_default_timezone_set("Europe/Paris");
foreach ([1700000000, 1720000000, 1711846799, 1711846800, 1729990799, 1729990800] as $ts) echo date("Y-m-d H:i:s e I O P p T Z", $ts), "\n";
--EXPECT--
2023-11-14 23:13:20 Europe/Paris 0 +0100 +01:00 +01:00 CET 3600
2024-07-03 11:46:40 Europe/Paris 1 +0200 +02:00 +02:00 CEST 7200
2024-03-31 01:59:59 Europe/Paris 0 +0100 +01:00 +01:00 CET 3600
2024-03-31 03:00:00 Europe/Paris 1 +0200 +02:00 +02:00 CEST 7200
2024-10-27 02:59:59 Europe/Paris 1 +0200 +02:00 +02:00 CEST 7200
2024-10-27 02:00:00 Europe/Paris 0 +0100 +01:00 +01:00 CET 3600
