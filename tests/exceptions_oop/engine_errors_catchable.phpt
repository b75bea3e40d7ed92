--TEST--
engine errors thrown as catchable Error subclasses
--FILE--
<?php
abstract class Abs {}
class A { const C = 1; private function p() {} }
$tests = [
    fn() => (new A)->nope(),
    fn() => null->f(),
    fn() => A::NOPE,
    fn() => new Abs,
    fn() => (new A)->p(),
    fn() => undefined_function(),
    fn() => strlen(),
    fn() => strlen([]),
    fn() => 1 % 0,
    fn() => intdiv(1, 0),
    fn() => match(5) { 1 => 'a' },
    fn() => new NoSuchClass,
    fn() => str_repeat("x", -1),
];
foreach ($tests as $t) {
    try { $t(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
--EXPECT--
Error: Call to undefined method A::nope()
Error: Call to a member function f() on null
Error: Undefined constant A::NOPE
Error: Cannot instantiate abstract class Abs
Error: Call to private method A::p() from global scope
Error: Call to undefined function undefined_function()
ArgumentCountError: strlen() expects exactly 1 argument, 0 given
TypeError: strlen(): Argument #1 ($string) must be of type string, array given
DivisionByZeroError: Modulo by zero
DivisionByZeroError: Division by zero
UnhandledMatchError: Unhandled match case 5
Error: Class "NoSuchClass" not found
ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0
