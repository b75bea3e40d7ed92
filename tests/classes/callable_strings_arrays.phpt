--TEST--
callables as strings and arrays with call_user_func and is_callable
--FILE--
<?php
class A {
    public function m($x) { return "m$x"; }
    public static function s($x) { return "s$x"; }
    private function p() {}
}
$a = new A;
echo call_user_func([$a, 'm'], 1), call_user_func(['A', 's'], 2), call_user_func('A::s', 3), "\n";
echo call_user_func_array([$a, 'm'], ['x' => 4]), "\n";
var_dump(is_callable([$a, 'm']), is_callable(['A', 's']), is_callable([$a, 'p']), is_callable([$a, 'nope']), is_callable('A::s'));
echo implode(",", array_map([$a, 'm'], [1, 2])), "\n";
echo implode(",", array_map('A::s', [1, 2])), "\n";
try { call_user_func([$a, 'nope']); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
m1s2s3
m4
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
m1,m2
s1,s2
call_user_func(): Argument #1 ($callback) must be a valid callback, class A does not have a method "nope"
