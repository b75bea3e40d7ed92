--TEST--
a handler sees START, FLUSH, CLEAN and FINAL phases
--FILE--
<?php
function h($buf, $phase) { return "[$phase:" . strtoupper($buf) . "]"; }
ob_start('h');
echo "a";
ob_flush();
echo "b";
ob_clean();
echo "c";
ob_end_flush();
echo "\n";
ob_start('h');
echo "x";
ob_end_clean();
echo "\n";
ob_start('h');
echo "y";
$r = ob_get_flush();
echo "\n";
var_dump($r);
--EXPECT--
[5:A][8:C]

[9:Y]
string(1) "y"
