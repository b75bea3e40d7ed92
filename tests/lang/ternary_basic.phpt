--TEST--
ternary operator, nested with parentheses and lazy evaluation
--FILE--
<?php
function t($x) { echo "t($x) "; return $x; }
echo true ? t(1) : t(2), "\n";
echo false ? t(1) : t(2), "\n";
$n = 5;
echo ($n > 3 ? ($n > 4 ? "big" : "mid") : "small"), "\n";
echo (true ? 'a' : 'b') ? 'c' : 'd', "\n";
--EXPECT--
t(1) 1
t(2) 2
big
c
