--TEST--
while and do-while loops, do-while runs at least once
--FILE--
<?php
$i = 0;
while ($i < 3) { echo $i; $i++; }
echo "\n";
$j = 10;
do { echo "do:$j\n"; $j++; } while ($j < 10);
$k = 0;
do echo $k++; while ($k < 3);
echo "\n";
while (false) echo "never";
echo "end\n";
--EXPECT--
012
do:10
012
end
