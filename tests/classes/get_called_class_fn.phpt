--TEST--
get_called_class follows late static binding
--FILE--
<?php
class A {
    public static function who() { return get_called_class(); }
    public function inst() { return get_called_class(); }
}
class B extends A {}
echo A::who(), " ", B::who(), " ", (new B)->inst(), "\n";
--EXPECT--
A B B
