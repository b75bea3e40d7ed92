--TEST--
(array) gives every property, mangled for protected/private; get_object_vars only what the scope sees
--FILE--
<?php
// (array) gives every property, mangled for protected/private; get_object_vars only what the scope sees
class A { public $pub = 1; protected $prot = 2; private $priv = 3; public $unset = 0;
          function vars() { return get_object_vars($this); } }
class B extends A { private $priv = 'b'; public $own = 4; }
$b = new B;
unset($b->unset);
$arr = (array) $b;
foreach ($arr as $k => $v) echo str_replace("\0", '\0', $k), " => $v\n";
var_dump(array_keys(get_object_vars($b)), array_keys($b->vars()));
$o = new stdClass;
$o->{'12'} = 'int-like';
$o->name = 'n';
var_dump((array) $o);
var_dump((array) function () {});
var_dump((array) new ArrayObject(['s' => 1]), (array) new ArrayObject([1], ArrayObject::STD_PROP_LIST));
var_dump((array) 1.5, (array) null, (array) [1]);
--EXPECT--
pub => 1
\0*\0prot => 2
\0A\0priv => 3
\0B\0priv => b
own => 4
array(2) {
  [0]=>
  string(3) "pub"
  [1]=>
  string(3) "own"
}
array(4) {
  [0]=>
  string(3) "pub"
  [1]=>
  string(4) "prot"
  [2]=>
  string(4) "priv"
  [3]=>
  string(3) "own"
}
array(2) {
  [12]=>
  string(8) "int-like"
  ["name"]=>
  string(1) "n"
}
array(1) {
  [0]=>
  object(Closure)#3 (0) {
  }
}
array(1) {
  ["s"]=>
  int(1)
}
array(0) {
}
array(1) {
  [0]=>
  float(1.5)
}
array(0) {
}
array(1) {
  [0]=>
  int(1)
}
