--TEST--
stack trace frames of static methods and closures
--FILE--
<?php
class Util {
    public static function apply(callable $f, $v) { return $f($v); }
}
$closure = function ($x) { throw new LogicException("bad $x"); };
Util::apply($closure, 1.5);
--EXPECTF--

Fatal error: Uncaught LogicException: bad 1.5 in %s:5
Stack trace:
#0 %s(3): {closure}(1.5)
#1 %s(6): Util::apply(Object(Closure), 1.5)
#2 {main}
  thrown in %s on line 5
