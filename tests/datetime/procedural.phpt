--TEST--
Procedural aliases: date_create, date_format, date_add/sub, date_diff, timezone_open...
--FILE--
<?php
date_default_timezone_set('UTC');
$d = date_create('2024-02-10 08:00:00');
echo date_format($d, 'Y-m-d H:i'), "\n";
date_add($d, new DateInterval('P1M2D'));
echo date_format($d, DATE_RFC3339), "\n";
date_sub($d, new DateInterval('PT8H'));
date_modify($d, '+1 day');
echo date_format($d, 'c'), " ", date_timestamp_get($d), "\n";
date_date_set($d, 2000, 1, 1);
date_time_set($d, 12, 30);
echo date_format($d, 'c'), "\n";
date_timestamp_set($d, 0);
date_timezone_set($d, timezone_open('Asia/Tokyo'));
echo date_format($d, 'c e'), " ", date_offset_get($d), " ", timezone_name_get(date_timezone_get($d)), "\n";
$diff = date_diff(date_create('2024-01-01'), date_create('2025-03-04 05:06:07'));
echo date_interval_format($diff, '%y-%m-%d %h:%i:%s %a'), "\n";
$f = date_create_from_format('!d.m.Y', '01.02.2003');
echo get_class($f), " ", date_format($f, 'Y-m-d'), "\n";
echo get_class(date_create_immutable('2020-01-01')), "\n";
var_dump(timezone_open('Nowhere/Else'));
try { date_add(new DateTimeImmutable('2020-01-01'), new DateInterval('P1D')); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { date_format(new stdClass, 'Y'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
2024-02-10 08:00
2024-03-12T08:00:00+00:00
2024-03-13T00:00:00+00:00 1710288000
2000-01-01T12:30:00+00:00
1970-01-01T09:00:00+09:00 Asia/Tokyo 32400 Asia/Tokyo
1-2-3 5:6:7 428
DateTime 2003-02-01
DateTimeImmutable

Warning: timezone_open(): Unknown or bad timezone (Nowhere/Else) in %s on line 21
bool(false)
date_add(): Argument #1 ($object) must be of type DateTime, DateTimeImmutable given
date_format(): Argument #1 ($object) must be of type DateTimeInterface, stdClass given
