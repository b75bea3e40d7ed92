--TEST--
__callStatic and __call from static and instance context
--FILE--
<?php
class Facade {
    public static function __callStatic($name, $args) { return "static $name(" . count($args) . ")"; }
    public function __call($name, $args) { return "instance $name"; }
    public function inside() { return self::undefined(); }
}
echo Facade::create(1, 2, 3), "\n";
echo Facade::{'dyn'}(), "\n";
echo (new Facade)->foo(), "\n";
echo (new Facade)->inside(), "\n";
$m = 'other';
echo Facade::$m(), "\n";
class OnlyCall { public function __call($n, $a) { return "call $n"; } }
try { OnlyCall::stat(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
static create(3)
static dyn(0)
instance foo
instance undefined
static other(0)
Call to undefined method OnlyCall::stat()
