<?php
// Objects: method calls, property reads and writes, static calls, new.
class Vec {
    public function __construct(public float $x = 0.0, public float $y = 0.0) {}
    public function add(Vec $o): Vec { return new Vec($this->x + $o->x, $this->y + $o->y); }
    public function dot(Vec $o): float { return $this->x * $o->x + $this->y * $o->y; }
    public static function zero(): static { return new static(); }
}
class Counter {
    private int $n = 0;
    public function inc(): void { $this->n++; }
    public function get(): int { return $this->n; }
}
$c = new Counter;
$acc = Vec::zero();
$step = new Vec(0.5, 0.25);
$dot = 0.0;
for ($i = 0; $i < 1000000; $i++) {
    $c->inc();
    $acc = $acc->add($step);
    $dot += $acc->dot($step);
}
echo $c->get(), " ", $acc->x, " ", $acc->y, " ", round($dot), "\n";
