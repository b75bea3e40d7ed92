--TEST--
self:: binds to the declaring class, static:: to the called one
--FILE--
<?php
class A {
    const T = 'A';
    static function s() { return self::T . static::T; }
    function i() { return self::T . static::T; }
}
class B extends A { const T = 'B'; }
echo A::s(), " ", B::s(), "\n";
echo (new A)->i(), " ", (new B)->i(), "\n";
--EXPECT--
AA AB
AA AB
