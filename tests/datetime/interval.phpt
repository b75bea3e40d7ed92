--TEST--
DateInterval, diff, add and sub
--FILE--
<?php
date_default_timezone_set('UTC');
$i = new DateInterval('P1Y2M3DT4H5M6S');
var_dump($i);
echo $i->format('%y %m %d %h %i %s | %Y-%M-%D %H:%I:%S %R%a %r %%'), "\n";
$w = new DateInterval('P2W');
echo $w->d, "\n";
$cases = [['2024-01-31', '2024-03-01 05:00'], ['2024-03-01', '2024-01-31'], ['2020-02-29', '2024-02-28 23:59:59'],
          ['2024-01-01 10:00', '2024-01-01 09:00'], ['2023-12-25', '2024-12-25'], ['2024-05-15 12:00', '2024-06-14 11:00']];
foreach ($cases as [$a, $b]) {
    $x = new DateTime($a); $y = new DateTime($b);
    $df = $x->diff($y);
    echo "$a -> $b: ", $df->format('%R %y y %m m %d d %h h %i i %s s, %a days'), " invert=", $df->invert, "\n";
}
$abs = (new DateTime('2024-05-01'))->diff(new DateTime('2024-01-01'), true);
echo $abs->format('%R%a'), "\n";
$d = new DateTime('2024-01-31 10:00');
$d->add(new DateInterval('P1M'));
echo $d->format('Y-m-d H:i'), "\n";
$d->sub(new DateInterval('PT36H'));
echo $d->format('Y-m-d H:i'), "\n";
$im = new DateTimeImmutable('2024-12-31');
echo $im->add(new DateInterval('P1D'))->format('Y-m-d'), " ", $im->format('Y-m-d'), "\n";
$neg = new DateInterval('P1D'); $neg->invert = 1;
echo $im->add($neg)->format('Y-m-d'), "\n";
$p = new DateTime('2024-03-30 12:00', new DateTimeZone('Europe/Paris'));
$p->add(new DateInterval('P1D'));
echo $p->format('c'), "\n";
try { new DateInterval('bogus'); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { new DateTimeZone('Mars/Olympus'); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$z = new DateTimeZone('+05:30');
print_r($z); echo "\n";
echo $z->getName(), "\n";
--EXPECT--
object(DateInterval)#1 (10) {
  ["y"]=>
  int(1)
  ["m"]=>
  int(2)
  ["d"]=>
  int(3)
  ["h"]=>
  int(4)
  ["i"]=>
  int(5)
  ["s"]=>
  int(6)
  ["f"]=>
  float(0)
  ["invert"]=>
  int(0)
  ["days"]=>
  bool(false)
  ["from_string"]=>
  bool(false)
}
1 2 3 4 5 6 | 01-02-03 04:05:06 +(unknown)  %
14
2024-01-31 -> 2024-03-01 05:00: + 0 y 0 m 30 d 5 h 0 i 0 s, 30 days invert=0
2024-03-01 -> 2024-01-31: - 0 y 1 m 1 d 0 h 0 i 0 s, 30 days invert=1
2020-02-29 -> 2024-02-28 23:59:59: + 3 y 11 m 30 d 23 h 59 i 59 s, 1460 days invert=0
2024-01-01 10:00 -> 2024-01-01 09:00: - 0 y 0 m 0 d 1 h 0 i 0 s, 0 days invert=1
2023-12-25 -> 2024-12-25: + 1 y 0 m 0 d 0 h 0 i 0 s, 366 days invert=0
2024-05-15 12:00 -> 2024-06-14 11:00: + 0 y 0 m 29 d 23 h 0 i 0 s, 29 days invert=0
+121
2024-03-02 10:00
2024-02-29 22:00
2025-01-01 2024-12-31
2024-12-30
2024-03-31T12:00:00+02:00
Exception: Unknown or bad format (bogus)
Exception: DateTimeZone::__construct(): Unknown or bad timezone (Mars/Olympus)
DateTimeZone Object
(
    [timezone_type] => 1
    [timezone] => +05:30
)

+05:30
