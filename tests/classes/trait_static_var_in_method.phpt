--TEST--
static variables inside trait methods are separate per using class
--FILE--
<?php
trait T {
    public function counter() { static $n = 0; return ++$n; }
}
class A { use T; }
class B { use T; }
$a = new A; $b = new B;
echo $a->counter(), $a->counter(), $b->counter(), (new A)->counter(), "\n";
--EXPECT--
1213
