--TEST--
var_dump/print_r show the storage as a private "storage" property of the SPL class
--FILE--
<?php
// var_dump/print_r show the storage as a private "storage" property of the SPL class
$ao = new ArrayObject([1, 'k' => [2, 3]]);
var_dump($ao);
print_r($ao);
echo "\n";
$it = new ArrayIterator(['a' => null]);
var_dump($it);
print_r($it);
echo "\n";
class Bag extends ArrayObject { public $pub = 'p'; protected $prot = 'q'; private $priv = 'r'; }
$b = new Bag(['x']);
var_dump($b);
print_r($b);
echo "\n";
$empty = new ArrayObject();
var_dump($empty);
$wrap = new ArrayObject($ao);
var_dump($wrap);
$iter = $ao->getIterator();
var_dump($iter);
--EXPECT--
object(ArrayObject)#1 (1) {
  ["storage":"ArrayObject":private]=>
  array(2) {
    [0]=>
    int(1)
    ["k"]=>
    array(2) {
      [0]=>
      int(2)
      [1]=>
      int(3)
    }
  }
}
ArrayObject Object
(
    [storage:ArrayObject:private] => Array
        (
            [0] => 1
            [k] => Array
                (
                    [0] => 2
                    [1] => 3
                )

        )

)

object(ArrayIterator)#2 (1) {
  ["storage":"ArrayIterator":private]=>
  array(1) {
    ["a"]=>
    NULL
  }
}
ArrayIterator Object
(
    [storage:ArrayIterator:private] => Array
        (
            [a] => 
        )

)

object(Bag)#3 (4) {
  ["pub"]=>
  string(1) "p"
  ["prot":protected]=>
  string(1) "q"
  ["priv":"Bag":private]=>
  string(1) "r"
  ["storage":"ArrayObject":private]=>
  array(1) {
    [0]=>
    string(1) "x"
  }
}
Bag Object
(
    [pub] => p
    [prot:protected] => q
    [priv:Bag:private] => r
    [storage:ArrayObject:private] => Array
        (
            [0] => x
        )

)

object(ArrayObject)#4 (1) {
  ["storage":"ArrayObject":private]=>
  array(0) {
  }
}
object(ArrayObject)#5 (1) {
  ["storage":"ArrayObject":private]=>
  object(ArrayObject)#1 (1) {
    ["storage":"ArrayObject":private]=>
    array(2) {
      [0]=>
      int(1)
      ["k"]=>
      array(2) {
        [0]=>
        int(2)
        [1]=>
        int(3)
      }
    }
  }
}
object(ArrayIterator)#6 (1) {
  ["storage":"ArrayIterator":private]=>
  object(ArrayObject)#1 (1) {
    ["storage":"ArrayObject":private]=>
    array(2) {
      [0]=>
      int(1)
      ["k"]=>
      array(2) {
        [0]=>
        int(2)
        [1]=>
        int(3)
      }
    }
  }
}
