--TEST--
memory_limit counts live data only: allocating far more than the limit in garbage is fine
--FILE--
<?php
ini_set('memory_limit', '16M');
$total = 0;
for ($i = 0; $i < 40; $i++) {
    $s = str_repeat(chr(65 + $i % 26), 4 * 1024 * 1024);   // 160 MB in all, 4 MB live
    $a = range(1, 20000);
    $total += strlen($s) + count($a);
}
echo $total, "\n";
--EXPECT--
168572160
