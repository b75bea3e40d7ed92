--TEST--
implementing an interface and type-checking against it
--FILE--
<?php
interface Shape {
    public function area(): float;
    public function name(): string;
}
class Square implements Shape {
    public function __construct(private float $side) {}
    public function area(): float { return $this->side ** 2; }
    public function name(): string { return "square"; }
}
function describe(Shape $s) { return $s->name() . ": " . $s->area(); }
echo describe(new Square(3)), "\n";
try { describe(new stdClass); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
square: 9
describe(): Argument #1 ($s) must be of type Shape, stdClass given, called in %s on line 13
