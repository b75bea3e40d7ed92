--TEST--
parent::__construct and constructor inheritance
--FILE--
<?php
class A {
    protected $log = [];
    function __construct($x) { $this->log[] = "A($x)"; }
    function log() { return implode(" ", $this->log); }
}
class B extends A {
    function __construct($x, $y) {
        parent::__construct($x);
        $this->log[] = "B($y)";
    }
}
class C extends A {}
class D extends B {
    function __construct() { $this->log[] = "D"; parent::__construct(1, 2); }
}
echo (new B(1, 2))->log(), "\n";
echo (new C(5))->log(), "\n";
echo (new D)->log(), "\n";
try { new C(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
A(1) B(2)
A(5)
D A(1) B(2)
Too few arguments to function A::__construct(), 0 passed in %s on line 20 and exactly 1 expected
