--TEST--
a class implementing several interfaces plus a parent's
--FILE--
<?php
interface A { function a(); }
interface B { function b(); }
interface C { function c(); }
class P implements A { function a() { return "a"; } }
class K extends P implements B, C {
    function b() { return "b"; }
    function c() { return "c"; }
}
$k = new K;
echo $k->a(), $k->b(), $k->c(), "\n";
$impl = class_implements('K');
ksort($impl);
print_r($impl);
var_dump($k instanceof A);
--EXPECT--
abc
Array
(
    [A] => A
    [B] => B
    [C] => C
)
bool(true)
