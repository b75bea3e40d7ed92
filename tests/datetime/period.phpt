--TEST--
DatePeriod: recurrences, end date, EXCLUDE_START_DATE, INCLUDE_END_DATE, getters
--FILE--
<?php
date_default_timezone_set('UTC');
$p = new DatePeriod(new DateTime('2024-01-31'), new DateInterval('P1M'), 3);
foreach ($p as $k => $d) echo $k, " ", get_class($d), " ", $d->format('Y-m-d'), "\n";
$p = new DatePeriod(new DateTimeImmutable('2024-01-01'), new DateInterval('P1W'), new DateTime('2024-02-01'), DatePeriod::EXCLUDE_START_DATE);
foreach ($p as $d) echo get_class($d), " ", $d->format('Y-m-d D'), "\n";
$p = new DatePeriod(new DateTime('2024-01-01'), new DateInterval('P1D'), new DateTime('2024-01-03'), DatePeriod::INCLUDE_END_DATE);
foreach ($p as $d) echo $d->format('Y-m-d'), "\n";
echo $p->getStartDate()->format('Y-m-d'), " ", $p->getEndDate()->format('Y-m-d'), " ", $p->getDateInterval()->format('%d'), " ";
var_dump($p->getRecurrences(), (new DatePeriod(new DateTime("2024-01-01"), new DateInterval("P1D"), 5))->getRecurrences());
echo count(iterator_to_array($p)), "\n";
var_dump($p instanceof IteratorAggregate, DatePeriod::EXCLUDE_START_DATE, DatePeriod::INCLUDE_END_DATE);
--EXPECT--
0 DateTime 2024-01-31
1 DateTime 2024-03-02
2 DateTime 2024-04-02
3 DateTime 2024-05-02
DateTimeImmutable 2024-01-08 Mon
DateTimeImmutable 2024-01-15 Mon
DateTimeImmutable 2024-01-22 Mon
DateTimeImmutable 2024-01-29 Mon
2024-01-01
2024-01-02
2024-01-03
2024-01-01 2024-01-03 1 NULL
int(5)
3
bool(true)
int(1)
int(2)
