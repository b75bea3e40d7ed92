--TEST--
get_object_vars depends on the calling scope
--FILE--
<?php
class A {
    public $pub = 1;
    protected $prot = 2;
    private $priv = 3;
    public $unset;
    public int $typed;
    public function vars() { return get_object_vars($this); }
}
class B extends A {
    private $own = 4;
    public function childVars() { return get_object_vars($this); }
}
$b = new B;
$b->dyn = 5;
print_r(get_object_vars($b));
print_r($b->vars());
print_r($b->childVars());
--EXPECTF--

Deprecated: Creation of dynamic property B::$dyn is deprecated in %s on line 15
Array
(
    [pub] => 1
    [unset] => 
    [dyn] => 5
)
Array
(
    [pub] => 1
    [prot] => 2
    [priv] => 3
    [unset] => 
    [dyn] => 5
)
Array
(
    [pub] => 1
    [prot] => 2
    [unset] => 
    [own] => 4
    [dyn] => 5
)
