--TEST--
method names from variables and expressions
--FILE--
<?php
class A {
    public function hello($n) { return "hello $n"; }
    public static function make() { return new static; }
}
$a = new A;
$m = 'hello';
echo $a->$m('x'), "\n";
echo $a->{'hel' . 'lo'}('y'), "\n";
$s = 'make';
var_dump(A::$s() instanceof A);
$cb = [$a, 'hello'];
echo $cb('z'), "\n";
$cb2 = 'A::make';
var_dump($cb2() instanceof A);
--EXPECT--
hello x
hello y
bool(true)
hello z
bool(true)
