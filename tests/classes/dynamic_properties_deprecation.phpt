--TEST--
creating dynamic properties is deprecated in 8.2, except on stdClass and with the attribute
--FILE--
<?php
class A { public $declared; }
#[AllowDynamicProperties]
class B {}
class C extends B {}
$a = new A;
$a->declared = 1;
$a->dyn = 2;
$a->dyn = 3;
echo $a->dyn, "\n";
$b = new B;
$b->dyn = 4;
$c = new C;
$c->dyn = 5;
$s = new stdClass;
$s->dyn = 6;
class D { function set() { $this->inside = 1; } }
(new D)->set();
$a2 = new A;
$a2->{'with space'} = 1;
echo "done\n";
--EXPECTF--

Deprecated: Creation of dynamic property A::$dyn is deprecated in %s on line 8
3

Deprecated: Creation of dynamic property D::$inside is deprecated in %s on line 17

Deprecated: Creation of dynamic property A::$with space is deprecated in %s on line 20
done
