--TEST--
static methods and properties in traits are per using class
--FILE--
<?php
trait Counts {
    private static $count = 0;
    public static function inc() { return ++self::$count; }
    public static function create() { static::inc(); return new static; }
}
class A { use Counts; }
class B { use Counts; }
A::inc(); A::inc(); A::create();
B::inc();
echo A::inc(), " ", B::inc(), "\n";
echo get_class(B::create()), "\n";
--EXPECT--
4 2
B
