--TEST--
class declaration, new, property access and a method
--FILE--
<?php
class Point {
    public $x = 0;
    public $y = 0;
    function move($dx, $dy) {
        $this->x += $dx;
        $this->y += $dy;
        return $this;
    }
    function show() { return "($this->x, $this->y)"; }
}
$p = new Point;
echo $p->show(), "\n";
$p->move(2, 3)->move(1, 1);
echo $p->show(), "\n";
$p->x = 10;
echo $p->x, " ", $p->y, "\n";
$q = new Point();
echo $q->show(), "\n";
var_dump($p instanceof Point);
--EXPECT--
(0, 0)
(3, 4)
10 4
(0, 0)
bool(true)
