--TEST--
__debugInfo() decides what var_dump and print_r show (not var_export, get_object_vars or casts)
--FILE--
<?php
class A { public $hidden = 2; private $secret = 's';
  public function __debugInfo() { return ['shown' => 1, 'nested' => $this->b, 5 => 'int key']; }
  public $b; }
class B { public $b = 'b'; public function __debugInfo() { return null; } }
class C extends A {}
$a = new A; $a->b = new B; $c = new C; $c->b = $a->b;
var_dump($a); print_r($a); echo "\n"; var_export($a); echo "\n";
var_dump([$c]); print_r($a->b); echo "\n";
var_dump(get_object_vars($a->b), (array)$a->b);
--EXPECT--
object(A)#1 (3) {
  ["shown"]=>
  int(1)
  ["nested"]=>
  object(B)#2 (0) {
  }
  [5]=>
  string(7) "int key"
}
A Object
(
    [shown] => 1
    [nested] => B Object
        (
        )

    [5] => int key
)

\A::__set_state(array(
   'hidden' => 2,
   'secret' => 's',
   'b' => 
  \B::__set_state(array(
     'b' => 'b',
  )),
))
array(1) {
  [0]=>
  object(C)#3 (3) {
    ["shown"]=>
    int(1)
    ["nested"]=>
    object(B)#2 (0) {
    }
    [5]=>
    string(7) "int key"
  }
}
B Object
(
)

array(1) {
  ["b"]=>
  string(1) "b"
}
array(1) {
  ["b"]=>
  string(1) "b"
}
