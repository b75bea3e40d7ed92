--TEST--
abstract classes and methods implemented by subclasses
--FILE--
<?php
abstract class Shape {
    abstract public function area(): float;
    abstract protected function name(): string;
    public function describe(): string {
        return $this->name() . " with area " . number_format($this->area(), 2);
    }
}
class Circle extends Shape {
    public function __construct(private float $r) {}
    public function area(): float { return M_PI * $this->r ** 2; }
    protected function name(): string { return "circle"; }
}
class Rect extends Shape {
    public function __construct(private float $w, private float $h) {}
    public function area(): float { return $this->w * $this->h; }
    public function name(): string { return "rect"; }
}
foreach ([new Circle(1), new Rect(2, 3)] as $s) echo $s->describe(), "\n";
var_dump(new Rect(1, 1) instanceof Shape);
--EXPECT--
circle with area 3.14
rect with area 6.00
bool(true)
