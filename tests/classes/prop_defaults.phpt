--TEST--
property defaults of all kinds, shown by var_dump
--FILE--
<?php
const K = 5;
class A {
    public $a;
    public $b = null;
    public $c = 1 + 2;
    public $d = "str";
    public $e = [1, 'k' => 2];
    public $f = K * 2;
    public $g = self::C;
    public int $h = 3;
    public ?string $i = null;
    public float $j = 1.5;
    const C = 'const';
}
var_dump(new A);
--EXPECT--
object(A)#1 (10) {
  ["a"]=>
  NULL
  ["b"]=>
  NULL
  ["c"]=>
  int(3)
  ["d"]=>
  string(3) "str"
  ["e"]=>
  array(2) {
    [0]=>
    int(1)
    ["k"]=>
    int(2)
  }
  ["f"]=>
  int(10)
  ["g"]=>
  string(5) "const"
  ["h"]=>
  int(3)
  ["i"]=>
  NULL
  ["j"]=>
  float(1.5)
}
