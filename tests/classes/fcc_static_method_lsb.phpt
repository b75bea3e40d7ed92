--TEST--
Foo::bar(...) and static::bar(...) keep late static binding
--FILE--
<?php
class A {
    public static function who() { return static::class; }
    public static function getter() { return static::who(...); }
}
class B extends A {}
$f = B::who(...);
echo $f(), "\n";
$g = B::getter();
echo $g(), "\n";
$h = [B::class, 'who'](...);
echo $h(), "\n";
--EXPECT--
B
B
B
