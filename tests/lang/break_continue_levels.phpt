--TEST--
break N and continue N across nested loops
--FILE--
<?php
for ($i = 0; $i < 3; $i++) {
    for ($j = 0; $j < 3; $j++) {
        if ($j == 1) continue 2;
        if ($i == 2) break 2;
        echo "$i$j ";
    }
    echo "never ";
}
echo "\n";
$n = 0;
while (true) { while (true) { $n++; if ($n > 2) break 2; } }
echo "n=$n\n";
foreach ([1, 2, 3] as $v) { if ($v == 2) continue; echo $v; }
echo "\n";
--EXPECT--
00 10 
n=3
13
