--TEST--
exceptions thrown by the offset methods reach the caller, with the method in the trace
--FILE--
<?php
// exceptions thrown by the offset methods reach the caller, with the method in the trace
class Strict implements ArrayAccess {
    public function offsetExists($k): bool { throw new OutOfRangeException("exists $k"); }
    public function offsetGet($k): mixed { throw new OutOfBoundsException("no key $k"); }
    public function offsetSet($k, $v): void { throw new LogicException("read-only"); }
    public function offsetUnset($k): void { throw new LogicException("cannot unset $k"); }
}
$s = new Strict;
foreach ([fn() => $s['a'], fn() => isset($s['b']), fn() => $s['c'] ?? 1, function () use ($s) { $s['d'] = 1; }, function () use ($s) { unset($s['e']); }] as $f) {
    try { $f(); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$s['x'] = 2;
--EXPECTF--
OutOfBoundsException: no key a
OutOfRangeException: exists b
OutOfRangeException: exists c
LogicException: read-only
LogicException: cannot unset e

Fatal error: Uncaught LogicException: read-only in %s:6
Stack trace:
#0 %s(13): Strict->offsetSet('x', 2)
#1 {main}
  thrown in %s on line 6
