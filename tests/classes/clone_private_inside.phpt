--TEST--
a private __clone can be used from inside the class
--FILE--
<?php
class Proto {
    public $n = 0;
    private function __clone() { $this->n++; }
    public function copy() { return clone $this; }
}
$p = new Proto;
$c = $p->copy()->copy();
echo $p->n, " ", $c->n, "\n";
--EXPECT--
0 2
