--TEST--
sorting errors come from the array functions the methods call
--FILE--
<?php
// sorting errors come from the array functions the methods call
$ao = new ArrayObject([3, 1, 2]);
try { $ao->uasort(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { $ao->uasort('no_such_function'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $ao->uksort([1, 2]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $ao->asort('x'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function cmp($a, $b) { throw new RuntimeException("stop"); }
try { $ao->uasort('cmp'); } catch (RuntimeException $e) { echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n"; }
print_r($ao->getArrayCopy());
--EXPECTF--
ArrayObject::uasort() expects exactly 1 argument, 0 given
uasort(): Argument #2 ($callback) must be a valid callback, function "no_such_function" not found or invalid function name
uksort(): Argument #2 ($callback) must be a valid callback, first array member is not a valid class name or object
ArrayObject::asort(): Argument #1 ($flags) must be of type int, string given
stop
#0 [internal function]: cmp(3, 1)
#1 [internal function]: uasort(Array, 'cmp')
#2 %s(9): ArrayObject->uasort('cmp')
#3 {main}
Array
(
    [0] => 3
    [1] => 1
    [2] => 2
)
