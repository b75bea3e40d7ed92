--TEST--
diff across DST and between zones; modify/add over DST changes
--FILE--
<?php
date_default_timezone_set('Europe/Paris');
$a = new DateTime('2024-03-30 12:00'); $b = new DateTime('2024-03-31 12:00');
echo $a->diff($b)->format('%d %h %a'), "\n";
$c = new DateTime('2024-03-31 12:00', new DateTimeZone('UTC'));
echo $a->diff($c)->format('%d %h %i %a'), " ", $c->diff($a)->format('%R %d %h %a'), "\n";
$x = new DateTime('2024-01-01 00:00', new DateTimeZone('Asia/Tokyo')); $y = new DateTime('2024-01-01 00:00', new DateTimeZone('America/New_York'));
echo $x->diff($y)->format('%R %d %h %a'), "\n";
$p = new DateTime('2024-03-30 02:30'); $p->modify('+1 day'); echo $p->format('c'), "\n";
$p = new DateTime('2024-10-26 02:30'); $p->add(new DateInterval('PT24H')); echo $p->format('c'), "\n";
--EXPECT--
1 0 1
1 1 0 1 - 1 1 1
+ 0 14 0
2024-03-31T03:30:00+02:00
2024-10-27T02:30:00+02:00
