--TEST--
inherited properties, redeclared defaults and property order in var_dump
--FILE--
<?php
class A {
    public $a = 'A.a';
    public $shared = 'A';
    protected $p = 'A.p';
}
class B extends A {
    public $b = 'B.b';
    public $shared = 'B';
}
class C extends B {
    public $c = 'C.c';
    protected $p = 'C.p';
}
var_dump(new C);
print_r(get_object_vars(new B));
--EXPECT--
object(C)#1 (5) {
  ["a"]=>
  string(3) "A.a"
  ["shared"]=>
  string(1) "B"
  ["p":protected]=>
  string(3) "C.p"
  ["b"]=>
  string(3) "B.b"
  ["c"]=>
  string(3) "C.c"
}
Array
(
    [a] => A.a
    [shared] => B
    [b] => B.b
)
