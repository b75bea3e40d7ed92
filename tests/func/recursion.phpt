--TEST--
recursive functions: factorial, fibonacci, mutual recursion
--FILE--
<?php
function fact($n) { return $n <= 1 ? 1 : $n * fact($n - 1); }
function fib($n) { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
function isEven($n) { return $n == 0 ? true : isOdd($n - 1); }
function isOdd($n) { return $n == 0 ? false : isEven($n - 1); }
var_dump(fact(10), fact(20), fact(21), fib(20), isEven(10), isOdd(7));
--EXPECT--
int(3628800)
int(2432902008176640000)
float(5.109094217170944E+19)
int(6765)
bool(true)
bool(true)
