--TEST--
random_int() stays within its bounds
--FILE--
<?php
$ok = true;
for ($i = 0; $i < 300; $i++) {
    $x = random_int(-3, 3);
    if ($x < -3 || $x > 3) $ok = false;
}
var_dump($ok, random_int(7, 7), random_int(PHP_INT_MIN, PHP_INT_MIN), is_int(random_int(PHP_INT_MIN, PHP_INT_MAX)));
--EXPECT--
bool(true)
int(7)
int(-9223372036854775808)
bool(true)
