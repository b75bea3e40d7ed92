--TEST--
INF, -INF and NAN printing, comparisons and casts
--FILE--
<?php
$inf = 1e308 * 10; $nan = $inf - $inf;
echo $inf, " ", -$inf, " ", $nan, "\n";
var_dump($inf, -$inf, $nan);
var_dump($nan == $nan, $nan === $nan, $inf == $inf, $inf > PHP_INT_MAX, $nan < 1, $nan > 1, $nan == 0);
var_export([$inf, $nan]); echo "\n";
var_dump((int)$inf, (int)$nan, (string)$inf, (bool)$nan);
--EXPECT--
INF -INF NAN
float(INF)
float(-INF)
float(NAN)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
array (
  0 => INF,
  1 => NAN,
)
int(0)
int(0)
string(3) "INF"
bool(true)
