--TEST--
the constructors accept array|object only
--FILE--
<?php
// the constructors accept array|object only
foreach ([5, "str", 1.5, true, null] as $v) {
    try { new ArrayObject($v); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
    try { new ArrayIterator($v); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
class Sub extends ArrayObject {}
try { new Sub(1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
class NoParent extends ArrayObject { public function __construct() {} }
$n = new NoParent;
$n['a'] = 1;
var_dump(count($n), $n->getArrayCopy());
--EXPECT--
ArrayObject::__construct(): Argument #1 ($array) must be of type array, int given
ArrayIterator::__construct(): Argument #1 ($array) must be of type array, int given
ArrayObject::__construct(): Argument #1 ($array) must be of type array, string given
ArrayIterator::__construct(): Argument #1 ($array) must be of type array, string given
ArrayObject::__construct(): Argument #1 ($array) must be of type array, float given
ArrayIterator::__construct(): Argument #1 ($array) must be of type array, float given
ArrayObject::__construct(): Argument #1 ($array) must be of type array, bool given
ArrayIterator::__construct(): Argument #1 ($array) must be of type array, bool given
ArrayObject::__construct(): Argument #1 ($array) must be of type array, null given
ArrayIterator::__construct(): Argument #1 ($array) must be of type array, null given
ArrayObject::__construct(): Argument #1 ($array) must be of type array, int given
int(1)
array(1) {
  ["a"]=>
  int(1)
}
