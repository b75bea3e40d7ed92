--TEST--
clone of an object with dynamic properties: writes to the clone do not reach the original
--FILE--
<?php
$a = new stdClass; $a->v = 1; $a->w = [1];
$b = clone $a; $b->v = 2; $b->w[] = 2; $b->n = 5;
var_dump($a, $b);
$c = clone $a; foreach ($c as &$x) { $x = 'r'; } unset($x); var_dump($a->v, $c->v);
$d = clone $a; $d->v++; $d->w['k'] = 1; unset($d->w); var_dump($a, $d);
class A { public $p; } $e = new A; $e->p = 1; $f = clone $e; $f->p = 2; echo $e->p, "\n";
--EXPECT--
object(stdClass)#1 (2) {
  ["v"]=>
  int(1)
  ["w"]=>
  array(1) {
    [0]=>
    int(1)
  }
}
object(stdClass)#2 (3) {
  ["v"]=>
  int(2)
  ["w"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  ["n"]=>
  int(5)
}
int(1)
string(1) "r"
object(stdClass)#1 (2) {
  ["v"]=>
  int(1)
  ["w"]=>
  array(1) {
    [0]=>
    int(1)
  }
}
object(stdClass)#4 (1) {
  ["v"]=>
  int(2)
}
1
