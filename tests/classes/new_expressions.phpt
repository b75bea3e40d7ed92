--TEST--
new with a variable, a string expression, an object and (expr)
--FILE--
<?php
class Foo { public function __construct(public $v = 'def') {} }
class Bar extends Foo {}
$cls = 'Foo';
$a = new $cls('x');
$b = new ('B' . 'ar')('y');
$c = new $a;
$arr = ['k' => 'Bar'];
$d = new $arr['k'];
$obj = new stdClass;
$obj->cls = 'Foo';
$e = new $obj->cls('z');
foreach ([$a, $b, $c, $d, $e] as $o) echo get_class($o), ":", $o->v, "\n";
echo (new Foo('direct'))->v, "\n";
echo new Foo('w') instanceof Foo ? "yes" : "no", "\n";
--EXPECT--
Foo:x
Bar:y
Foo:def
Bar:def
Foo:z
direct
yes
