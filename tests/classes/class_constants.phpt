--TEST--
constants, expressions, self:: and references between classes
--FILE--
<?php
class A {
    const ONE = 1;
    const TWO = self::ONE * 2;
    const NAME = 'A' . '-' . self::TWO;
    const LIST = [self::ONE, self::TWO];
    public const PUB = 'pub';
    function get() { return self::TWO + static::ONE; }
}
class B extends A {
    const ONE = 10;
    const THREE = parent::TWO + 1;
}
echo A::ONE, " ", A::TWO, " ", A::NAME, " ", A::PUB, "\n";
print_r(A::LIST);
echo B::ONE, " ", B::TWO, " ", B::THREE, "\n";
echo (new A)->get(), " ", (new B)->get(), "\n";
$cls = 'B';
echo $cls::ONE, "\n";
$b = new B;
echo $b::THREE, "\n";
echo constant('A::NAME'), "\n";
--EXPECT--
1 2 A-2 pub
Array
(
    [0] => 1
    [1] => 2
)
10 2 3
3 12
10
3
A-2
