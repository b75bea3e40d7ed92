--TEST--
private and protected constants
--FILE--
<?php
class A {
    private const PRIV = 'p';
    protected const PROT = 'q';
    public static function show() { return self::PRIV . static::PROT; }
}
class B extends A {
    public static function prot() { return self::PROT; }
    public static function priv() { return self::PRIV; }
}
echo A::show(), "\n";
echo B::prot(), "\n";
try { echo A::PRIV; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo A::PROT; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo B::priv(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
pq
q
Cannot access private constant A::PRIV
Cannot access protected constant A::PROT
Undefined constant B::PRIV
