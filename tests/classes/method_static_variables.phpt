--TEST--
static variables in methods are shared by all instances and by inheriting classes
--FILE--
<?php
class A {
    public function count() { static $n = 0; return ++$n; }
    public static function scount() { static $calls = []; $calls[] = static::class; return implode(",", $calls); }
}
class B extends A {}
class C extends A { public function count() { static $n = 100; return ++$n; } }
$a1 = new A; $a2 = new A; $b = new B; $c = new C;
echo $a1->count(), $a2->count(), $b->count(), $a1->count(), " ", $c->count(), "\n";
A::scount();
echo B::scount(), "\n";
--EXPECT--
1234 101
A,B
