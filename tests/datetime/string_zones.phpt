--TEST--
Zones named in the parsed string: abbreviations (type 2), offsets (type 1), UTC, @ts; parse failure
--FILE--
<?php
date_default_timezone_set('Europe/Paris');
foreach (['2024-01-01T10:00:00Z', '2024-01-01 10:00 EST', '2024-01-01 10:00 UTC', '2024-01-01 10:00 GMT', '2024-07-01 10:00 cest', '2024-01-01 10:00:00 +0530', '@0'] as $s) {
    $d = new DateTime($s);
    print_r($d);
    echo $d->format('c T e I Z'), "\n";
}
try { new DateTime('garbage'); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
DateTime Object
(
    [date] => 2024-01-01 10:00:00.000000
    [timezone_type] => 2
    [timezone] => Z
)
2024-01-01T10:00:00+00:00 Z Z 0 0
DateTime Object
(
    [date] => 2024-01-01 10:00:00.000000
    [timezone_type] => 2
    [timezone] => EST
)
2024-01-01T10:00:00-05:00 EST EST 0 -18000
DateTime Object
(
    [date] => 2024-01-01 10:00:00.000000
    [timezone_type] => 3
    [timezone] => UTC
)
2024-01-01T10:00:00+00:00 UTC UTC 0 0
DateTime Object
(
    [date] => 2024-01-01 10:00:00.000000
    [timezone_type] => 2
    [timezone] => GMT
)
2024-01-01T10:00:00+00:00 GMT GMT 0 0
DateTime Object
(
    [date] => 2024-07-01 10:00:00.000000
    [timezone_type] => 2
    [timezone] => CEST
)
2024-07-01T10:00:00+02:00 CEST CEST 1 7200
DateTime Object
(
    [date] => 2024-01-01 10:00:00.000000
    [timezone_type] => 1
    [timezone] => +05:30
)
2024-01-01T10:00:00+05:30 GMT+0530 +05:30 0 19800
DateTime Object
(
    [date] => 1970-01-01 00:00:00.000000
    [timezone_type] => 1
    [timezone] => +00:00
)
1970-01-01T00:00:00+00:00 GMT+0000 +00:00 0 0
Exception: Failed to parse time string (garbage) at position 0 (g): The timezone could not be found in the database
