--TEST--
new self, new static and new parent inside methods
--FILE--
<?php
class A {
    public function makeSelf() { return new self; }
    public function makeStatic() { return new static; }
}
class B extends A {
    public function makeParent() { return new parent; }
}
$b = new B;
echo get_class($b->makeSelf()), " ", get_class($b->makeStatic()), " ", get_class($b->makeParent()), "\n";
--EXPECT--
A B A
