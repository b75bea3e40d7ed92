--TEST--
createFromFormat and the createFrom* conversions
--FILE--
<?php
date_default_timezone_set('Europe/Paris');
$f = [['Y-m-d H:i:s', '2024-02-29 13:14:15'], ['!d/m/Y', '15/08/2023'], ['Y-m-d|', '2021-06-01'], ['!j.n.y g:i A', '5.7.99 3:04 PM'],
      ['!D, d M Y H:i:s O', 'Mon, 15 Jan 2024 10:00:00 +0100'], ['!U', '1700000000'], ['!Y-m-d H:i e', '2024-06-01 08:00 America/New_York'],
      ['!Y-m-d\TH:i:sP', '2024-06-01T08:00:00+05:30'], ['!Y-m-d', 'garbage'], ['!M j, Y', 'Feb 3, 2022'], ['!H\h i\m', '09h 30m']];
foreach ($f as [$fmt, $s]) {
    $d = DateTime::createFromFormat($fmt, $s);
    if ($d === false) { echo "$fmt: false\n"; continue; }
    echo "$fmt: ", $d->format('Y-m-d H:i:s T P U'), "\n";
}
$i = DateTimeImmutable::createFromFormat('!Y-m-d', '2024-01-01', new DateTimeZone('UTC'));
echo get_class($i), " ", $i->format(DATE_ATOM), "\n";
print_r($i); echo "\n";
$m = DateTime::createFromImmutable($i);
echo get_class($m), " ", $m->format('c'), "\n";
$back = DateTimeImmutable::createFromMutable($m);
echo get_class($back), " ", $back->format('c'), "\n";
$x = DateTime::createFromInterface($back);
echo get_class($x), "\n";
class MyDate extends DateTime {}
$md = MyDate::createFromFormat('!Y', '2000');
echo get_class($md), " ", $md->format('Y-m-d'), "\n";
$dst = new DateTime('2024-03-31 01:30:00');
$dst->modify('+1 hour');
echo $dst->format('c T'), "\n";
$w = new DateTime('2024-10-27 12:00');
echo $w->format('c T I'), "\n";
--EXPECT--
Y-m-d H:i:s: 2024-02-29 13:14:15 CET +01:00 1709208855
!d/m/Y: 2023-08-15 00:00:00 CEST +02:00 1692050400
Y-m-d|: 2021-06-01 00:00:00 CEST +02:00 1622498400
!j.n.y g:i A: 1999-07-05 15:04:00 CEST +02:00 931179840
!D, d M Y H:i:s O: 2024-01-15 10:00:00 GMT+0100 +01:00 1705309200
!U: 2023-11-14 22:13:20 GMT+0000 +00:00 1700000000
!Y-m-d H:i e: 2024-06-01 08:00:00 EDT -04:00 1717243200
!Y-m-d\TH:i:sP: 2024-06-01 08:00:00 GMT+0530 +05:30 1717209000
!Y-m-d: false
!M j, Y: 2022-02-03 00:00:00 CET +01:00 1643842800
!H\h i\m: 1970-01-01 09:30:00 CET +01:00 30600
DateTimeImmutable 2024-01-01T00:00:00+00:00
DateTimeImmutable Object
(
    [date] => 2024-01-01 00:00:00.000000
    [timezone_type] => 3
    [timezone] => UTC
)

DateTime 2024-01-01T00:00:00+00:00
DateTimeImmutable 2024-01-01T00:00:00+00:00
DateTime
MyDate 2000-01-01
2024-03-31T03:30:00+02:00 CEST
2024-10-27T12:00:00+01:00 CET 0
