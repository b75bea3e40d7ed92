--TEST--
class methods override trait methods, which override inherited ones
--FILE--
<?php
class Base { public function hello() { return "Base"; } public function who() { return "Base::who"; } }
trait T {
    public function hello() { return "T+" . parent::hello(); }
    public function who() { return "T::who"; }
}
class Child extends Base {
    use T;
    public function who() { return "Child::who"; }
}
$c = new Child;
echo $c->hello(), "\n";
echo $c->who(), "\n";
--EXPECT--
T+Base
Child::who
