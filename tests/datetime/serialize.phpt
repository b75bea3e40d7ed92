--TEST--
serialize/unserialize of DateTime and DateTimeImmutable (zone types 1, 2, 3)
--FILE--
<?php
date_default_timezone_set('UTC');
$d = new DateTime('2024-01-02 03:04:05.5', new DateTimeZone('Europe/Paris'));
$s = serialize($d);
echo $s, "\n";
$u = unserialize($s);
echo get_class($u), " ", $u->format('c u e'), "\n";
var_dump($u == $d);
$i = unserialize(serialize(new DateTimeImmutable('2020-02-02 10:00 +03:00')));
echo $i->format('c T'), "\n";
$e = unserialize(serialize(new DateTime('2020-02-02 10:00 EST')));
print_r($e);
echo $e->format('c T'), "\n";
--EXPECT--
O:8:"DateTime":3:{s:4:"date";s:26:"2024-01-02 03:04:05.500000";s:13:"timezone_type";i:3;s:8:"timezone";s:12:"Europe/Paris";}
DateTime 2024-01-02T03:04:05+01:00 500000 Europe/Paris
bool(true)
2020-02-02T10:00:00+03:00 GMT+0300
DateTime Object
(
    [date] => 2020-02-02 10:00:00.000000
    [timezone_type] => 2
    [timezone] => EST
)
2020-02-02T10:00:00-05:00 EST
