--TEST--
class and method names are case-insensitive, property names are not
--FILE--
<?php
class MyClass {
    public $Val = 1;
    function GetVal() { return $this->Val; }
}
$o = new myclass;
echo $o->getval(), "\n";
echo $o->GETVAL(), "\n";
echo get_class($o), "\n";
var_dump($o instanceof MYCLASS);
$o->val = 2;
var_dump($o->Val);
--EXPECTF--
1
1
MyClass
bool(true)

Deprecated: Creation of dynamic property MyClass::$val is deprecated in %s on line 11
int(1)
