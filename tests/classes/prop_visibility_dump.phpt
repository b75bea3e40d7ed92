--TEST--
var_dump and print_r show protected and private properties
--FILE--
<?php
class A {
    public $pub = 1;
    protected $prot = 2;
    private $priv = 3;
}
class B extends A {
    private $priv = 4;
    public $own = 5;
}
$a = new A;
$b = new B;
var_dump($a);
print_r($a);
echo "\n";
var_dump($b);
print_r($b);
--EXPECT--
object(A)#1 (3) {
  ["pub"]=>
  int(1)
  ["prot":protected]=>
  int(2)
  ["priv":"A":private]=>
  int(3)
}
A Object
(
    [pub] => 1
    [prot:protected] => 2
    [priv:A:private] => 3
)

object(B)#2 (5) {
  ["pub"]=>
  int(1)
  ["prot":protected]=>
  int(2)
  ["priv":"A":private]=>
  int(3)
  ["priv":"B":private]=>
  int(4)
  ["own"]=>
  int(5)
}
B Object
(
    [pub] => 1
    [prot:protected] => 2
    [priv:A:private] => 3
    [priv:B:private] => 4
    [own] => 5
)
