--TEST--
match evaluates conditions in order and only the chosen arm
--FILE--
<?php
function c($x) { echo "cond($x) "; return $x; }
function r($x) { echo "res($x) "; return $x; }
$v = match (2) { c(1) => r('a'), c(2) => r('b'), c(3) => r('c') };
echo "\n$v\n";
--EXPECT--
cond(1) cond(2) res(b) 
b
