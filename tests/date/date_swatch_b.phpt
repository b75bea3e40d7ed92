--TEST--
date(): Swatch Internet time B
--FILE--
<?php
foreach ([0, 1, 3599, 82800, 86399, -1, -3601, 1700000000] as $ts) echo gmdate("B", $ts), " ";
echo "\n";
--EXPECT--
041 041 083 000 041 041 999 967 
