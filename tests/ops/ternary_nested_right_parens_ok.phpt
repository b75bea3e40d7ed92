--TEST--
nested ternaries with explicit parentheses on either side
--FILE--
<?php
echo (true ? 'a' : false) ? 'b' : 'c', "\n";
echo true ? 'a' : (false ? 'b' : 'c'), "\n";
echo false ?: false ?: 'chained short ternary ok', "\n";
echo 1 ? 2 ? 'x' : 'y' : 'z', "\n";
--EXPECT--
b
a
chained short ternary ok
x
