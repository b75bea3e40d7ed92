--TEST--
named arguments in any order, mixed with positional, skipping defaults
--FILE--
<?php
function f($a, $b = 'b', $c = 'c') { return "$a|$b|$c"; }
echo f(1, c: 'C'), "\n";
echo f(c: 3, a: 1), "\n";
echo f(b: 2, a: 1), "\n";
echo STRLEN(string: "four"), "\n";
--EXPECT--
1|b|C
1|b|3
1|2|c
4
