--TEST--
protected members of a common ancestor are accessible between siblings, unless redeclared
--FILE--
<?php
class Base { protected $secret = "s"; protected function hidden() { return "h"; } }
class Left extends Base {
    function peek(Base $o) { return $o->secret . $o->hidden(); }
}
class Right extends Base { }
class Redeclares extends Base { protected $secret = "r"; protected function hidden() { return "x"; } }
echo (new Left)->peek(new Right), "\n";
echo (new Left)->peek(new Left), "\n";
try { echo (new Left)->peek(new Redeclares), "\n"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
sh
sh
Cannot access protected property Redeclares::$secret
