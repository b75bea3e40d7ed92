--TEST--
for with multiple expressions, empty parts and comma semantics
--FILE--
<?php
for ($i = 0, $j = 10; $i < $j; $i += 3, $j -= 3) echo "$i-$j ";
echo "\n";
$k = 0;
for (;;) { if (++$k > 3) break; echo $k; }
echo "\n";
for ($a = 0; $a < 10, $a < 2; $a++) echo "a$a ";
echo "\n";
for ($x = 5; $x > 0; $x--);
var_dump($x);
--EXPECT--
0-10 3-7 
123
a0 a1 
int(0)
