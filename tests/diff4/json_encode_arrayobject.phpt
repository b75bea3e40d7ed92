--TEST--
json_encode of ArrayObject/ArrayIterator encodes the wrapped array as an object
--FILE--
<?php
$c = new ArrayObject([3, 1, 2]); $c->uasort(fn($a, $b) => $a <=> $b);
echo json_encode($c), "\n";
echo json_encode(new ArrayObject(['a' => 1, 'b' => [new ArrayObject([])]])), "\n";
echo json_encode(new ArrayIterator([1, 2])), "\n";
echo json_encode([new ArrayObject()], JSON_PRETTY_PRINT), "\n";
class Bag extends ArrayObject { public $extra = 'x'; }
echo json_encode(new Bag(['k' => 'v'])), "\n";
--EXPECT--
{"1":1,"2":2,"0":3}
{"a":1,"b":[{}]}
{"0":1,"1":2}
[
    {}
]
{"k":"v"}
