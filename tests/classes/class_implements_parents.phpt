--TEST--
class_implements, class_parents and class_uses
--FILE--
<?php
interface I1 {}
interface I2 extends I1 {}
trait T {}
class A implements I2 { use T; }
class B extends A {}
print_r(class_implements(new B));
print_r(class_parents(new B));
print_r(class_uses(new B));
print_r(class_uses('A'));
var_dump(class_implements('NoSuchClass', false));
--EXPECTF--
Array
(
    [I1] => I1
    [I2] => I2
)
Array
(
    [A] => A
)
Array
(
)
Array
(
    [T] => T
)

Warning: class_implements(): Class NoSuchClass does not exist in %s on line 11
bool(false)
