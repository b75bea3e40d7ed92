--TEST--
serialize/unserialize of ArrayObject and ArrayIterator use PHP's 4-element __serialize format
--FILE--
<?php
$o = new ArrayObject([1, 2]); $s = serialize($o); echo $s, "\n"; $u = unserialize($s); var_dump(count($u), $u[1]);
$it = new ArrayIterator(["a" => 1]); echo serialize($it), "\n";
class B extends ArrayObject { public $p = 1; private $q = 2; }
$b = new B([5]); $b->p = 'changed';
echo str_replace("\0", "~", serialize($b)), "\n";
$c = unserialize(serialize($b)); var_dump($c);
$f = new ArrayObject(['x' => [1]], ArrayObject::ARRAY_AS_PROPS);
--EXPECT--
O:11:"ArrayObject":4:{i:0;i:0;i:1;a:2:{i:0;i:1;i:1;i:2;}i:2;a:0:{}i:3;N;}
int(2)
int(2)
O:13:"ArrayIterator":4:{i:0;i:0;i:1;a:1:{s:1:"a";i:1;}i:2;a:0:{}i:3;N;}
O:1:"B":4:{i:0;i:0;i:1;a:1:{i:0;i:5;}i:2;a:2:{s:1:"p";s:7:"changed";s:4:"~B~q";i:2;}i:3;N;}
object(B)#5 (3) {
  ["p"]=>
  string(7) "changed"
  ["q":"B":private]=>
  int(2)
  ["storage":"ArrayObject":private]=>
  array(1) {
    [0]=>
    int(5)
  }
}
