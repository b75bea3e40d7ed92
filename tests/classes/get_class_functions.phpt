--TEST--
get_class, get_parent_class and get_class without arguments
--FILE--
<?php
namespace NS;
class A { function me() { return get_class(); } function parent() { return get_parent_class($this); } }
class B extends A {}
$b = new B;
echo get_class($b), "\n";
echo $b->me(), "\n";
echo $b->parent(), "\n";
var_dump(get_parent_class(new A));
echo get_parent_class('NS\B'), "\n";
try { get_class("str"); } catch (\TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
NS\B
NS\A
NS\A
bool(false)
NS\A
get_class(): Argument #1 ($object) must be of type object, string given
