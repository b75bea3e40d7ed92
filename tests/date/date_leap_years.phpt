--TEST--
date(): z, t, L across leap and century years
--FILE--
<?php
foreach ([1900, 2000, 2023, 2024, 2100, 2400] as $y) {
$t = gmmktime(0, 0, 0, 12, 31, $y);
echo $y, " ", gmdate("z t L D", $t), "\n";
}
--EXPECT--
1900 364 31 0 Mon
2000 365 31 1 Sun
2023 364 31 0 Sun
2024 365 31 1 Tue
2100 364 31 0 Fri
2400 365 31 1 Sun
