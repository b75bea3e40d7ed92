--TEST--
Microseconds: parsed, formatted (u v), compared, diffed (f, %F %f), setTime, createFromFormat u
--FILE--
<?php
date_default_timezone_set('UTC');
$a = new DateTime('2024-01-01 10:00:00.25');
var_dump($a);
echo $a->format('Y-m-d H:i:s.u v'), "\n";
$b = new DateTimeImmutable('2024-01-01 10:00:01.125');
$d = $a->diff($b);
var_dump($d->s, $d->f);
echo $d->format('%s.%F %f'), "\n";
var_dump($a < $b, new DateTime('2024-01-01 10:00:00.5') > new DateTime('2024-01-01 10:00:00.25'));
$a->modify('+1 day');
echo $a->format('Y-m-d H:i:s.u'), "\n";
$a->modify('10:00');
echo $a->format('Y-m-d H:i:s.u'), "\n";
$a->setTime(1, 2, 3, 456789);
echo $a->format('H:i:s.u'), "\n";
$c = DateTime::createFromFormat('Y-m-d H:i:s.u', '2024-05-06 07:08:09.123456');
echo $c->format('Y-m-d\TH:i:s.uP'), " ", $c->format(DateTimeInterface::RFC3339_EXTENDED), "\n";
$e = $b->add($b->diff(new DateTime('2024-01-01 09:59:59.5')));
echo $e->format('H:i:s.u'), "\n";
echo json_encode(['t' => $c]), "\n";
--EXPECT--
object(DateTime)#1 (3) {
  ["date"]=>
  string(26) "2024-01-01 10:00:00.250000"
  ["timezone_type"]=>
  int(3)
  ["timezone"]=>
  string(3) "UTC"
}
2024-01-01 10:00:00.250000 250
int(0)
float(0.875)
0.875000 875000
bool(true)
bool(true)
2024-01-02 10:00:00.250000
2024-01-02 10:00:00.000000
01:02:03.456789
2024-05-06T07:08:09.123456+00:00 2024-05-06T07:08:09.123+00:00
09:59:59.500000
{"t":{"date":"2024-05-06 07:08:09.123456","timezone_type":3,"timezone":"UTC"}}
