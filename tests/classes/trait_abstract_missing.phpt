--TEST--
a class using a trait must implement its abstract methods
--FILE--
<?php
trait Describes {
    abstract public function name(): string;
}
class Cat { use Describes; }
--EXPECTF--

Fatal error: Class Cat contains 1 abstract method and must therefore be declared abstract or implement the remaining methods (Cat::name) in %s on line 5
