--TEST--
automatic keys start at 0 and continue after integer keys
--FILE--
<?php
function g() {
    yield 'a';
    yield 'b';
    yield 10 => 'c';
    yield 'd';
    yield 'str' => 'e';
    yield 'f';
    yield -5 => 'g';
    yield 'h';
}
foreach (g() as $k => $v) echo var_export($k, true), " => $v\n";
--EXPECT--
0 => a
1 => b
10 => c
11 => d
'str' => e
12 => f
-5 => g
13 => h
