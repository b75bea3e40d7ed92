--TEST--
recursive closure via use by reference
--FILE--
<?php
$fact = function ($n) use (&$fact) { return $n <= 1 ? 1 : $n * $fact($n - 1); };
var_dump($fact(5));
--EXPECT--
int(120)
