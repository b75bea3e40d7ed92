--TEST--
?? with null, undefined variables, array keys and nesting; no warnings
--FILE--
<?php
$n = null; $z = 0; $arr = ['a' => null, 'b' => ['c' => 'deep']];
var_dump($n ?? 'n', $z ?? 'z', $undef ?? 'undef');
var_dump($arr['a'] ?? 'a', $arr['x'] ?? 'x', $arr['b']['c'] ?? 'c', $arr['b']['q']['r'] ?? 'q');
var_dump($undef ?? $n ?? 'chain');
$s = "str";
var_dump($s[5] ?? 'offset', $s[0] ?? 'first');
--EXPECT--
string(1) "n"
int(0)
string(5) "undef"
string(1) "a"
string(1) "x"
string(4) "deep"
string(1) "q"
string(5) "chain"
string(6) "offset"
string(1) "s"
