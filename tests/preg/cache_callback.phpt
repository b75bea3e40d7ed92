--TEST--
preg: the pattern cache filling up inside a callback
--FILE--
<?php
// a callback that compiles thousands of patterns while its caller's pattern is in use
$n = 0;
echo preg_replace_callback('/(\w)(\d)/', function ($m) use (&$n) {
    for ($i = 0; $i < 2500; $i++) $n += preg_match('/^x' . $i . 'y$/', 'x' . $i . 'y');
    return $m[2] . $m[1];
}, 'a1 b2 c3 d4'), "\n";
var_dump($n);
--EXPECT--
1a 2b 3c 4d
int(10000)
