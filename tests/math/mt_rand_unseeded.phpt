--TEST--
mt_rand() without mt_srand() is seeded randomly; values stay in range
--FILE--
<?php
$ok = true;
for ($i = 0; $i < 200; $i++) {
    $x = mt_rand(-5, 5);
    if ($x < -5 || $x > 5) $ok = false;
    $y = mt_rand();
    if ($y < 0 || $y > mt_getrandmax()) $ok = false;
}
mt_srand();
$z = rand(3, 4);
var_dump($ok, $z == 3 || $z == 4);
--EXPECT--
bool(true)
bool(true)
