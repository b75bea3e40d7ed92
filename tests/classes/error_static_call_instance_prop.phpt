--TEST--
accessing an instance property statically and a static property as instance
--FILE--
<?php
class A {
    public static $s = 'static';
    public $i = 'inst';
}
$a = new A;
echo $a->s ?? 'null', "\n";
var_dump($a->s);
echo "end\n";
--EXPECTF--
null

Notice: Accessing static property A::$s as non static in %s on line 8

Warning: Undefined property: A::$s in %s on line 8
NULL
end
