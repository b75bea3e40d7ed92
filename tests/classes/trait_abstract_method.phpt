--TEST--
abstract methods in traits are implemented by the class
--FILE--
<?php
trait Describes {
    abstract public function name(): string;
    public function describe() { return "This is " . $this->name(); }
}
class Cat { use Describes; public function name(): string { return "a cat"; } }
echo (new Cat)->describe(), "\n";
--EXPECT--
This is a cat
