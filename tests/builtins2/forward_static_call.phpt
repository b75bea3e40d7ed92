--TEST--
forward_static_call(_array) keeps the called class
--FILE--
<?php
class A { public static function test($x = 0) { echo static::class, " ", $x, "\n"; return 7; } }
class B extends A { public static function test($x = 0) { var_dump(forward_static_call(['A', 'test'], 1)); forward_static_call_array('A::test', [2]); call_user_func(['A', 'test'], 3); forward_static_call(function() { echo "closure ", static::class, "\n"; }); } }
class C { static function t() { forward_static_call(['A', 'test'], 4); } }
B::test(); C::t();
function f() { echo "f\n"; }
try { forward_static_call('f'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
B 1
int(7)
B 2
A 3
closure B
A 4
Cannot call forward_static_call() when no class scope is active
