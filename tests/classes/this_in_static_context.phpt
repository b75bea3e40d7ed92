--TEST--
using $this outside object context
--FILE--
<?php
class A {
    public $x = 1;
    public static function s() { return isset($this) ? "set" : "unset"; }
    public static function t() { return $this->x; }
}
echo A::s(), "\n";
try { A::t(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
function f() { return isset($this); }
var_dump(f());
--EXPECT--
unset
Error: Using $this when not in object context
bool(false)
