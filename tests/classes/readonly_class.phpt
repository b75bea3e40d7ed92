--TEST--
readonly classes make every property readonly
--FILE--
<?php
readonly class Point {
    public function __construct(public int $x, public int $y) {}
    public function withX(int $x): static { return new static($x, $this->y); }
}
$p = new Point(1, 2);
$q = $p->withX(5);
echo $p->x, ",", $p->y, " ", $q->x, ",", $q->y, "\n";
try { $p->x = 3; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $p->z = 3; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($q);
--EXPECT--
1,2 5,2
Cannot modify readonly property Point::$x
Cannot create dynamic property Point::$z
object(Point)#2 (2) {
  ["x"]=>
  int(5)
  ["y"]=>
  int(2)
}
