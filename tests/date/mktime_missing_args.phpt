--TEST--
mktime(): missing arguments come from the current time
--FILE--
<?php
$t = time();
$m = mktime(0, 0, 0);
var_dump($m <= $t && $t - $m < 86400 + 5);
var_dump(date("Y-m-d", mktime(12)) === date("Y-m-d") || date("H") == "00");
var_dump(mktime(0, 0, 0, null, null, 2020) > 0);
--EXPECT--
bool(true)
bool(true)
bool(true)
