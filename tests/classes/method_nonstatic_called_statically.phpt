--TEST--
calling an instance method statically is an Error
--FILE--
<?php
class A {
    public function f() { return "f"; }
    public static function g() { return static::class; }
}
try { A::f(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
echo A::g(), "\n";
A::f();
--EXPECTF--
Error: Non-static method A::f() cannot be called statically
A

Fatal error: Uncaught Error: Non-static method A::f() cannot be called statically in %s:8
Stack trace:
#0 {main}
  thrown in %s on line 8
