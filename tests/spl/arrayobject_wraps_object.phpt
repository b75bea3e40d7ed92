--TEST--
ArrayObject over a stdClass works on its properties; over another ArrayObject it shares its storage
--FILE--
<?php
// ArrayObject over a stdClass works on its properties; over another ArrayObject it shares its storage
$o = new stdClass;
$o->a = 1;
$ao = new ArrayObject($o);
$ao['b'] = 2;
var_dump($o->b, count($ao), isset($ao['a']));
unset($ao['a']);
var_dump($o);
try { $ao->append(3); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$inner = new ArrayObject(['x' => 1]);
$outer = new ArrayObject($inner);
$outer['y'] = 2;
var_dump($inner->getArrayCopy(), count($outer));
foreach ($outer as $k => $v) echo "$k=$v\n";
--EXPECT--
int(2)
int(2)
bool(true)
object(stdClass)#1 (1) {
  ["b"]=>
  int(2)
}
Cannot append properties to objects, use ArrayObject::offsetSet() instead
array(2) {
  ["x"]=>
  int(1)
  ["y"]=>
  int(2)
}
int(2)
x=1
y=2
