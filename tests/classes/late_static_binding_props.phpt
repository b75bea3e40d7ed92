--TEST--
static:: for static properties and constants
--FILE--
<?php
class A {
    public static $registry = 'A-registry';
    const LABEL = 'a';
    public function describe() { return static::$registry . ' / ' . static::LABEL . ' / ' . self::LABEL; }
}
class B extends A {
    public static $registry = 'B-registry';
    const LABEL = 'b';
}
echo (new A)->describe(), "\n";
echo (new B)->describe(), "\n";
--EXPECT--
A-registry / a / a
B-registry / b / a
