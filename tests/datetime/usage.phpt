--TEST--
Subclasses, sorting with <=>, DST edges, zone conversion equality, var_export
--FILE--
<?php
date_default_timezone_set('America/New_York');
class D extends DateTimeImmutable {
    public function __construct(string $s = 'now') { parent::__construct($s, new DateTimeZone('UTC')); }
    public function ymd(): string { return $this->format('Y-m-d'); }
}
$d = new D('2024-02-29 23:00');
echo $d->ymd(), " ", get_class($d->modify('+1 hour')), " ", $d->modify('+1 hour')->ymd(), "\n";
$dates = [new DateTime('2024-03-01'), new DateTime('2023-01-01'), new DateTime('2024-01-15')];
usort($dates, fn($a, $b) => $a <=> $b);
foreach ($dates as $x) echo $x->format('Y-m-d'), " ";
echo "\n", max($dates)->format('Y-m-d'), "\n";
echo (new DateTime('2024-03-10 01:59:59'))->modify('+1 second')->format('c T'), "\n";
echo (new DateTime('2024-11-03 01:30:00'))->format('c T U'), "\n";
$x = new DateTime('2024-01-01 00:00', new DateTimeZone('Asia/Kolkata'));
$y = clone $x;
$y->setTimezone(new DateTimeZone('UTC'));
var_dump($x == $y);
echo $x->format('c'), " ", $y->format('c'), "\n";
var_export(new DateTimeZone("UTC")); echo "\n"; var_export(new DateTime("2024-01-02 03:04:05")); echo "\n";
echo (new DateTime('first monday of january 2025'))->format('Y-m-d'), "\n";
echo (new DateTime('2024-06-15'))->format('L t W o N z'), "\n";
--EXPECT--
2024-02-29 D 2024-03-01
2023-01-01 2024-01-15 2024-03-01 
2024-03-01
2024-03-10T03:00:00-04:00 EDT
2024-11-03T01:30:00-04:00 EDT 1730611800
bool(true)
2024-01-01T00:00:00+05:30 2023-12-31T18:30:00+00:00
\DateTimeZone::__set_state(array(
   'timezone_type' => 3,
   'timezone' => 'UTC',
))
\DateTime::__set_state(array(
   'date' => '2024-01-02 03:04:05.000000',
   'timezone_type' => 3,
   'timezone' => 'America/New_York',
))
2025-01-06
1 30 24 2024 6 166
