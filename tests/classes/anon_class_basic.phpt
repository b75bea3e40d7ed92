--TEST--
anonymous classes with constructor arguments, properties and methods
--FILE--
<?php
$o = new class(5) {
    public $x;
    public function __construct($x) { $this->x = $x; }
    public function double() { return $this->x * 2; }
};
echo $o->double(), "\n";
var_dump($o instanceof stdClass);
echo str_contains(get_class($o), "class@anonymous") ? "anonymous\n" : "named\n";
function make($v) { return new class($v) { public function __construct(public $v) {} }; }
$a = make(1);
$b = make(2);
var_dump(get_class($a) === get_class($b));
echo $a->v + $b->v, "\n";
$c = new class { public $p = 'default'; };
echo $c->p, "\n";
--EXPECT--
10
bool(false)
anonymous
bool(true)
3
default
