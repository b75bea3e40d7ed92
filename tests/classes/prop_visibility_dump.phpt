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
var_dump(new A);
print_r(new A);
echo "\n";
var_dump(new B);
print_r(new B);
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

object(B)#1 (5) {
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
