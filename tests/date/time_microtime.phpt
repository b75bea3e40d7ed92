--TEST--
time(), microtime() string and float forms
--FILE--
<?php
$t = time();
var_dump($t > 1600000000);
$m = microtime();
var_dump(strlen($m) > 12 && $m[0] === "0" && $m[1] === "." && $m[10] === " " && is_numeric(substr($m, 11)));
echo strlen(explode(" ", $m)[0]), "\n";
$f = microtime(true);
var_dump(is_float($f));
var_dump(abs($f - $t) < 5);
--EXPECT--
bool(true)
bool(true)
10
bool(true)
bool(true)
