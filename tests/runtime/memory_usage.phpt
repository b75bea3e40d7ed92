--TEST--
memory_get_usage / memory_get_peak_usage return plausible ints
--FILE--
<?php
$u = memory_get_usage();
$r = memory_get_usage(true);
var_dump(is_int($u), $u > 0, is_int($r), $r >= $u);
$p = memory_get_peak_usage();
var_dump(is_int($p), $p >= $u || $p > 0, memory_get_peak_usage(true) > 0);
var_dump(memory_reset_peak_usage());
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
NULL
