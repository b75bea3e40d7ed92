--TEST--
json_encode of objects uses public properties or jsonSerialize
--FILE--
<?php
class Plain { public $a = 1; protected $b = 2; private $c = 3; public $list = [1, 2]; public $nested; }
class Custom implements JsonSerializable {
    public function __construct(private array $data) {}
    public function jsonSerialize(): mixed { return ['type' => 'custom', 'data' => $this->data]; }
}
$p = new Plain;
$p->nested = new Custom(['x' => 1]);
echo json_encode($p), "\n";
$list = [new Custom([]), new stdClass];
$c = new Custom([1, 2]);
echo json_encode($list), "\n";
echo json_encode($c, JSON_PRETTY_PRINT), "\n";
var_dump(json_decode('{"a":{"b":[1,2]}}'));
--EXPECT--
{"a":1,"list":[1,2],"nested":{"type":"custom","data":{"x":1}}}
[{"type":"custom","data":[]},{}]
{
    "type": "custom",
    "data": [
        1,
        2
    ]
}
object(stdClass)#7 (1) {
  ["a"]=>
  object(stdClass)#6 (1) {
    ["b"]=>
    array(2) {
      [0]=>
      int(1)
      [1]=>
      int(2)
    }
  }
}
