--TEST--
one access site seeing many classes (slots, dynamic, __get, private, typed, ++) gives each its own answer
--FILE--
<?php
class A { public $x = 'A.x'; }
class B { public $pad = 0; public $x = 'B.x'; }
class C { public function __get($n) { return "C.__get($n)"; } }
class D { private $x = 'D.private'; public function read($o) { return $o->x; } }
class E extends D { public $x = 'E.x'; }
class T { public int $n = 0; public ?string $s = null; }
function readX($o) { return $o->x; }
$d = new stdClass; $d->x = 'dyn.x';
foreach ([new A, new B, new C, $d, new A, new B] as $o) echo readX($o), "\n";
$dd = new D; $e = new E;
echo $dd->read($dd), " ", $dd->read($e), " ", readX($e), "\n";
function setN($o, $v) { $o->n = $v; return $o->n; }
$t = new T;
foreach ([1, 2, "3", 4.0, true] as $v) var_dump(setN($t, $v));
try { setN($t, "x"); } catch (TypeError $e2) { echo $e2->getMessage(), "\n"; }
function bump($o) { $o->n++; return $o->n; }
echo bump($t), bump($t), "\n";
$t->n = PHP_INT_MAX;
try { bump($t); } catch (TypeError $e3) { echo $e3->getMessage(), "\n"; }
unset($t->s);
try { var_dump($t->s); } catch (Error $e4) { echo $e4->getMessage(), "\n"; }
interface Shape { function area(): float; }
class Sq implements Shape { function __construct(private float $a) {} function area(): float { return $this->a ** 2; } }
class Ci implements Shape { function __construct(private float $r) {} function area(): float { return 3.0 * $this->r ** 2; } }
$sum = 0; foreach ([new Sq(2), new Ci(1), new Sq(3), new Ci(2)] as $s) $sum += $s->area();
echo $sum, "\n";
--EXPECT--
A.x
B.x
C.__get(x)
dyn.x
A.x
B.x
D.private D.private E.x
int(1)
int(2)
int(3)
int(4)
int(1)
Cannot assign string to property T::$n of type int
23
Cannot increment property T::$n of type int past its maximal value
Typed property T::$s must not be accessed before initialization
28
