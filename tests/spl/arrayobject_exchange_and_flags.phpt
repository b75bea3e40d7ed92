--TEST--
exchangeArray, getFlags/setFlags, the class constants and the iterator class checks
--FILE--
<?php
// exchangeArray, getFlags/setFlags, the class constants and the iterator class checks
var_dump(ArrayObject::STD_PROP_LIST, ArrayObject::ARRAY_AS_PROPS, ArrayIterator::STD_PROP_LIST, ArrayIterator::ARRAY_AS_PROPS);
$ao = new ArrayObject([1, 2], ArrayObject::STD_PROP_LIST);
var_dump($ao->getFlags());
$ao->setFlags(0);
var_dump($ao->getFlags());
$old = $ao->exchangeArray(['x' => 'y']);
var_dump($old, $ao->getArrayCopy(), count($ao));
try { $ao->exchangeArray(42); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $ao->setIteratorClass('stdClass'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { new ArrayObject([], 0, 'Nope'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($ao->getIteratorClass());
$copy = $ao->getArrayCopy();
$copy['x'] = 'changed';
var_dump($ao['x']);
--EXPECT--
int(1)
int(2)
int(1)
int(2)
int(1)
int(0)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(1) {
  ["x"]=>
  string(1) "y"
}
int(1)
ArrayObject::exchangeArray(): Argument #1 ($array) must be of type array, int given
ArrayObject::setIteratorClass(): Argument #1 ($iteratorClass) must be a class name derived from ArrayIterator, stdClass given
ArrayObject::__construct(): Argument #3 ($iteratorClass) must be a class name derived from ArrayIterator, Nope given
string(13) "ArrayIterator"
string(1) "y"
