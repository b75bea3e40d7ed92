--TEST--
DateTime and DateTimeImmutable: construct, format, setters, modify, zones, compare, dumps
--FILE--
<?php
date_default_timezone_set('UTC');
$d = new DateTime('2024-01-15 10:30:00');
echo $d->format('Y-m-d H:i:s D N jS F'), "\n";
echo $d->format(DateTimeInterface::ATOM), "\n";
echo $d->format(DateTime::RFC2822), "\n";
echo $d->format(DATE_COOKIE ?? ''), "\n";
echo $d->getTimestamp(), "\n";
$d->setTimestamp(1700000000);
echo $d->format('c U'), "\n";
$d->setDate(2023, 2, 30);
echo $d->format('Y-m-d H:i:s'), "\n";
$d->setTime(25, 61);
echo $d->format('Y-m-d H:i:s'), "\n";
var_dump($d->modify('+1 month'));
echo $d->modify('last day of next month')->format('Y-m-d'), "\n";
echo $d->modify('next monday 09:00')->format('Y-m-d H:i l'), "\n";
$p = new DateTimeZone('Europe/Paris');
$d->setTimezone($p);
echo $d->format('Y-m-d H:i:s T P e'), " ", $d->getOffset(), "\n";
echo $d->getTimezone()->getName(), "\n";
$s = new DateTime('2024-07-01 12:00', $p);
echo $s->format('c T'), " ", $s->getOffset(), " ", $p->getOffset($s), "\n";
print_r($s);
echo json_encode($s), "\n";
$o = new DateTime('2024-01-01 12:00 +02:00');
print_r($o); echo "\n";
echo $o->getTimezone()->getName(), "\n";
$c = clone $s;
$c->modify('+1 day');
echo $s->format('Y-m-d'), " ", $c->format('Y-m-d'), "\n";
var_dump($s < $c, $s == $c, $s > $c, $s == clone $s);
$i1 = new DateTimeImmutable('2024-03-10 08:00:00');
$i2 = $i1->modify('+1 week');
$i3 = $i1->setDate(2020, 1, 1)->setTime(5, 6, 7);
echo $i1->format('Y-m-d H:i:s'), " ", $i2->format('Y-m-d H:i:s'), " ", $i3->format('Y-m-d H:i:s'), "\n";
var_dump($i1 < $i2, $i1 == new DateTime('2024-03-10 08:00:00'));
var_dump($i1 instanceof DateTimeInterface, $d instanceof DateTimeInterface, $i1 instanceof DateTime);
$u = new DateTime('@86400');
print_r($u); echo "\n";
echo date_create('2000-02-29')->format('l'), "\n";
echo get_class(date_create_immutable('2000-02-29')), "\n";
--EXPECT--
2024-01-15 10:30:00 Mon 1 15th January
2024-01-15T10:30:00+00:00
Mon, 15 Jan 2024 10:30:00 +0000
Monday, 15-Jan-2024 10:30:00 UTC
1705314600
2023-11-14T22:13:20+00:00 1700000000
2023-03-02 22:13:20
2023-03-03 02:01:00
object(DateTime)#1 (3) {
  ["date"]=>
  string(26) "2023-04-03 02:01:00.000000"
  ["timezone_type"]=>
  int(3)
  ["timezone"]=>
  string(3) "UTC"
}
2023-05-31
2023-06-05 09:00 Monday
2023-06-05 11:00:00 CEST +02:00 Europe/Paris 7200
Europe/Paris
2024-07-01T12:00:00+02:00 CEST 7200 7200
DateTime Object
(
    [date] => 2024-07-01 12:00:00.000000
    [timezone_type] => 3
    [timezone] => Europe/Paris
)
{"date":"2024-07-01 12:00:00.000000","timezone_type":3,"timezone":"Europe\/Paris"}
DateTime Object
(
    [date] => 2024-01-01 12:00:00.000000
    [timezone_type] => 1
    [timezone] => +02:00
)

+02:00
2024-07-01 2024-07-02
bool(true)
bool(false)
bool(false)
bool(true)
2024-03-10 08:00:00 2024-03-17 08:00:00 2020-01-01 05:06:07
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
DateTime Object
(
    [date] => 1970-01-02 00:00:00.000000
    [timezone_type] => 1
    [timezone] => +00:00
)

Tuesday
DateTimeImmutable
