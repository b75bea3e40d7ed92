--TEST--
a private method is not overridden by a subclass method of the same name
--FILE--
<?php
class A {
    private function who() { return "A"; }
    public function call() { return $this->who(); }
}
class B extends A {
    public function who() { return "B"; }
}
echo (new B)->call(), "\n";
echo (new B)->who(), "\n";
class C {
    protected function who() { return "C"; }
    public function call() { return $this->who(); }
}
class D extends C {
    protected function who() { return "D"; }
}
echo (new D)->call(), "\n";
--EXPECT--
A
B
D
