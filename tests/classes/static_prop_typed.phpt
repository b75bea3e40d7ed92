--TEST--
typed static properties check their type
--FILE--
<?php
class A {
    public static int $n = 0;
    public static ?A $inst = null;
}
A::$n = "12";
var_dump(A::$n);
try { A::$n = "x"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
A::$inst = new A;
var_dump(A::$inst instanceof A);
try { A::$inst = new stdClass; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(12)
Cannot assign string to property A::$n of type int
bool(true)
Cannot assign stdClass to property A::$inst of type ?A
