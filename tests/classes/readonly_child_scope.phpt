--TEST--
a readonly property can only be initialized by its declaring class
--FILE--
<?php
class A {
    public function __construct(public readonly int $x = 0) {}
}
class B extends A {
    public readonly int $y;
    public function __construct() {
        $this->y = 2;
        try { $this->x = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
        parent::__construct(5);
    }
}
$b = new B;
echo $b->x, " ", $b->y, "\n";
--EXPECT--
Cannot initialize readonly property A::$x from scope B
5 2
