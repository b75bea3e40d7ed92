--TEST--
simple interpolation: $var, $arr[0], $arr[key], $arr[-1]
--FILE--
<?php
$a = "A"; $arr = [10, 20, 'key' => 'K', -1 => 'neg', 'x y' => 'no'];
$n = 3;
echo "v=$a, i=$arr[1], k=$arr[key], neg=$arr[-1], $n\n";
echo "$a$a-$a[0]-{$a}s-${a}\n";
echo "price: $n$ and $ alone and {$n} {$n}\n";
echo "ends with $\n";
--EXPECTF--

Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 5
v=A, i=20, k=K, neg=neg, 3
AA-A-As-A
price: 3$ and $ alone and 3 3
ends with $
