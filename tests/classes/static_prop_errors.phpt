--TEST--
undeclared and private static properties
--FILE--
<?php
class A {
    public static $x = 1;
    private static $p = 2;
    public $inst = 3;
}
try { echo A::$nope; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo A::$p; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo A::$inst; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$a = new A;
echo $a->x ?? "no instance prop", "\n";
echo "end\n";
--EXPECT--
Access to undeclared static property A::$nope
Cannot access private property A::$p
Access to undeclared static property A::$inst
no instance prop
end
