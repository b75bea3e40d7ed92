--TEST--
get_class_methods order: own methods in declaration order, then inherited, then trait methods
--FILE--
<?php
trait T { function t1() {} function own() {} }
interface I { function i1(); }
abstract class P implements I { function p1() {} function __construct() {} function i1() {} }
class C extends P { use T; function own() {} function c1() {} function p1() {} }
print_r(get_class_methods('C'));
class D { use T; function d() {} }
print_r(get_class_methods('D'));
trait Observable { function subscribe() {} function emit() {} }
abstract class Model { use Observable; function __construct() {} function save() {} }
class Post extends Model { use T; }
print_r(get_class_methods(new Post));
--EXPECT--
Array
(
    [0] => own
    [1] => c1
    [2] => p1
    [3] => __construct
    [4] => i1
    [5] => t1
)
Array
(
    [0] => d
    [1] => t1
    [2] => own
)
Array
(
    [0] => __construct
    [1] => save
    [2] => subscribe
    [3] => emit
    [4] => t1
    [5] => own
)
