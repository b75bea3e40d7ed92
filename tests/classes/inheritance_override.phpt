--TEST--
overriding methods and calling parent::
--FILE--
<?php
class Animal {
    public function speak() { return "..."; }
    public function intro() { return static::class . " says " . $this->speak(); }
}
class Dog extends Animal {
    public function speak() { return "Woof"; }
}
class LoudDog extends Dog {
    public function speak() { return strtoupper(parent::speak()) . "!"; }
}
foreach ([new Animal, new Dog, new LoudDog] as $a) echo $a->intro(), "\n";
--EXPECT--
Animal says ...
Dog says Woof
LoudDog says WOOF!
