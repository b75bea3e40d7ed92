--TEST--
method_exists and property_exists ignore visibility
--FILE--
<?php
class A {
    public $pub;
    private $priv;
    public static $stat;
    public function m() {}
    private function p() {}
    public function __call($n, $a) {}
}
$a = new A;
$a->dyn = 1;
var_dump(method_exists($a, 'm'), method_exists('A', 'P'), method_exists('A', 'nope'), method_exists('Nope', 'm'));
var_dump(property_exists('A', 'pub'), property_exists('A', 'priv'), property_exists('A', 'stat'));
var_dump(property_exists($a, 'dyn'), property_exists('A', 'dyn'), property_exists('A', 'PUB'));
var_dump(method_exists('A', '__call'), is_callable([$a, 'anything']));
--EXPECTF--

Deprecated: Creation of dynamic property A::$dyn is deprecated in %s on line 11
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
