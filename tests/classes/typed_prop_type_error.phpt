--TEST--
assigning a wrong type to a typed property throws TypeError
--FILE--
<?php
class A {
    public int $x = 0;
    public ?array $arr = null;
    public string $s = "";
    public bool $b = false;
}
$a = new A;
try { $a->x = "abc"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $a->x = []; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $a->x = null; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $a->arr = 5; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $a->s = new stdClass; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $a->x = 1.5; } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($a->x);
--EXPECTF--
Cannot assign string to property A::$x of type int
Cannot assign array to property A::$x of type int
Cannot assign null to property A::$x of type int
Cannot assign int to property A::$arr of type ?array
Cannot assign stdClass to property A::$s of type string

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 14
int(1)
