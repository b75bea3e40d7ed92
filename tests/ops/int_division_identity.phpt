--TEST--
(int)($a / $b) truncates toward zero and satisfies q*b + a%b == a
--FILE--
<?php
foreach ([[7, 2], [-7, 2], [7, -2], [-7, -2]] as [$a, $b]) {
    $q = (int)($a / $b);
    echo "$a $b q=$q r=", $a % $b, " check=", ($q * $b + $a % $b), "\n";
}
--EXPECT--
7 2 q=3 r=1 check=7
-7 2 q=-3 r=-1 check=-7
7 -2 q=-3 r=1 check=7
-7 -2 q=3 r=-1 check=-7
