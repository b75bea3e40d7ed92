--TEST--
mktime() in Europe/Paris around the spring-forward gap
--FILE--
<?php
date_default_timezone_set("Europe/Paris");
foreach ([[1,30,0,3,31,2024],[2,30,0,3,31,2024],[3,30,0,3,31,2024],[12,0,0,7,1,2024]] as $a) {
$t = mktime(...$a);
echo $t, " ", date("c T", $t), "\n";
}
--EXPECT--
1711845000 2024-03-31T01:30:00+01:00 CET
1711848600 2024-03-31T03:30:00+02:00 CEST
1711848600 2024-03-31T03:30:00+02:00 CEST
1719828000 2024-07-01T12:00:00+02:00 CEST
