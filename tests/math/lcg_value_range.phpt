--TEST--
lcg_value() returns floats in (0, 1)
--FILE--
<?php
$ok = true;
for ($i = 0; $i < 500; $i++) {
    $x = lcg_value();
    if (!is_float($x) || $x <= 0 || $x >= 1) $ok = false;
}
var_dump($ok);
--EXPECT--
bool(true)
