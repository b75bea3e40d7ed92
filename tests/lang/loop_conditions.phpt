--TEST--
loop conditions of every shape: slots, literals, expressions, negation, logic, non-int operands
--FILE--
<?php
$n = 10;
for ($i = 2; $i * $i <= $n; $i++) echo $i, " ";
echo "| ";
for ($i = 0; $i < $n; $i += 3) echo $i, " ";
echo "| ";
for ($i = 5; 0 < $i; $i--) echo $i, " ";
echo "| ";
for ($i = 0, $j = 10; $i < $j; $i++, $j--) echo "$i-$j ";
echo "| ";
$i = 0;
while (!($i >= 3)) { echo $i++, " "; }
echo "| ";
$i = 0;
while ($i < 10 && $i != 4) { echo $i++, " "; }
echo "| ";
$i = 10;
do { echo $i, " "; $i -= 4; } while ($i > 0 || $i == -2);
echo "| ";
for ($f = 0.5; $f < 2; $f += 0.5) echo $f, " ";
echo "| ";
for ($s = "a"; $s != "e"; $s++) echo $s, " ";
echo "| ";
for ($i = 0; $i !== "3"; $i++) { if ($i > 5) break; echo $i, " "; }
echo "| ";
for ($i = 0; ; $i++) { if ($i == 3) break; echo $i, " "; }
echo "| ";
$k = "5";
for ($i = 0; $i < $k; $i++) echo $i, " ";
echo "\n";
--EXPECT--
2 3 | 0 3 6 9 | 5 4 3 2 1 | 0-10 1-9 2-8 3-7 4-6 | 0 1 2 | 0 1 2 3 | 10 6 2 -2 | 0.5 1 1.5 | a b c d | 0 1 2 3 4 5 | 0 1 2 | 0 1 2 3 4
