--TEST--
DatePeriod: empty and one-date periods
--FILE--
<?php
date_default_timezone_set('UTC');
foreach ([['2024-01-05', '2024-01-01', 0], ['2024-01-01', '2024-01-01', 0], ['2024-01-01', '2024-01-01', 2], ['2024-01-01', '2024-01-01', 3], ['2024-01-01', '2024-01-02', 1]] as [$a, $b, $o]) {
    $n = 0; foreach (new DatePeriod(new DateTime($a), new DateInterval('P1D'), new DateTime($b), $o) as $d) { $n++; echo $d->format('md'), " "; }
    echo "$a $b $o: $n\n";
}
--EXPECT--
2024-01-05 2024-01-01 0: 0
2024-01-01 2024-01-01 0: 0
0101 2024-01-01 2024-01-01 2: 1
2024-01-01 2024-01-01 3: 0
2024-01-01 2024-01-02 1: 0
