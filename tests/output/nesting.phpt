--TEST--
nested buffers: levels and inner capture going to the outer buffer
--FILE--
<?php
echo ob_get_level(), "\n";
ob_start();
echo "outer ";
ob_start();
echo "inner";
echo ob_get_level();
$inner = ob_get_clean();
echo "[", strtoupper($inner), "]";
$outer = ob_get_clean();
var_dump($outer, ob_get_level());
--EXPECT--
0
string(14) "outer [INNER2]"
int(0)
