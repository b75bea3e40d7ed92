--TEST--
exceptions thrown from __get, __call and offsetGet reach the caller
--FILE--
<?php
class Strict implements ArrayAccess {
    public function __get($n) { throw new OutOfRangeException("no property $n"); }
    public function __call($n, $a) { throw new BadMethodCallException("no method $n"); }
    public static function __callStatic($n, $a) { throw new BadMethodCallException("no static $n"); }
    public function offsetExists($o): bool { return false; }
    public function offsetGet($o): mixed { throw new OutOfBoundsException("no offset $o"); }
    public function offsetSet($o, $v): void {}
    public function offsetUnset($o): void {}
}
$s = new Strict;
foreach ([fn() => $s->x, fn() => $s->m(), fn() => Strict::sm(), fn() => $s['k']] as $f) {
    try { $f(); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
--EXPECT--
OutOfRangeException: no property x
BadMethodCallException: no method m
BadMethodCallException: no static sm
OutOfBoundsException: no offset k
