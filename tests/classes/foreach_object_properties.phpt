--TEST--
foreach over an object visits the properties visible in the current scope
--FILE--
<?php
class P {
    public $a = 1;
    protected $b = 2;
    private $c = 3;
    public function inside() {
        foreach ($this as $k => $v) echo "$k=$v ";
        echo "\n";
    }
}
class Q extends P {
    public $d = 4;
    public function inChild() {
        foreach ($this as $k => $v) echo "$k=$v ";
        echo "\n";
    }
}
$p = new P;
foreach ($p as $k => $v) echo "$k=$v ";
echo "\n";
$p->inside();
$q = new Q;
$q->inChild();
$q->inside();
$q->dyn = 5;
foreach ($q as $k => $v) echo "$k=$v ";
echo "\n";
--EXPECTF--
a=1 
a=1 b=2 c=3 
a=1 b=2 d=4 
a=1 b=2 c=3 d=4 

Deprecated: Creation of dynamic property Q::$dyn is deprecated in %s on line 25
a=1 d=4 dyn=5
