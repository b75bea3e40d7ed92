--TEST--
yield inside ternaries, string interpolation-free concatenation and array literals
--FILE--
<?php
function g() {
    $r = (yield 'q1') ? 'yes' : 'no';
    echo "r=$r\n";
    $s = 'prefix-' . (yield 'q2');
    echo "s=$s\n";
    $list = ['a' => yield 'q3', 'b' => 2];
    print_r($list);
}
$gen = g();
echo $gen->current(), "\n";
echo $gen->send(true), "\n";
echo $gen->send('X'), "\n";
$gen->send('Y');
--EXPECT--
q1
r=yes
q2
s=prefix-X
q3
Array
(
    [a] => Y
    [b] => 2
)
