--TEST--
calling an abstract static method directly
--FILE--
<?php
abstract class A {
    abstract public static function f();
    public static function call() { return static::f(); }
}
class B extends A { public static function f() { return "B::f"; } }
echo B::call(), "\n";
try { A::call(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
B::f
Cannot call abstract method A::f()
