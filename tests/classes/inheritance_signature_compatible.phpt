--TEST--
covariant returns, contravariant parameters and extra optional parameters
--FILE--
<?php
class Animal {}
class Cat extends Animal {}
class Shelter {
    public function adopt(Cat $c): Animal { return $c; }
    public function name($a) { return "shelter"; }
}
class CatShelter extends Shelter {
    public function adopt(Animal $c, $extra = null): Cat { return new Cat; }
    public function name($a, $b = 2, ...$more) { return "cat shelter"; }
}
$s = new CatShelter;
echo get_class($s->adopt(new Cat)), " ", $s->name(1), "\n";
--EXPECT--
Cat cat shelter
