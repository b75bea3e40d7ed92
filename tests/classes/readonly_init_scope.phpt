--TEST--
a readonly property cannot be initialized from outside the class
--FILE--
<?php
class A {
    public readonly int $x;
    public function init() { $this->x = 1; }
}
$a = new A;
try { $a->x = 5; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$a->init();
echo $a->x, "\n";
try { $a->init(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$b = new A;
try { var_dump($b->x); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(isset($b->x));
--EXPECT--
Cannot initialize readonly property A::$x from global scope
1
Cannot modify readonly property A::$x
Typed property A::$x must not be accessed before initialization
bool(false)
