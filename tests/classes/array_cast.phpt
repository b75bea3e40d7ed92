--TEST--
(array) casts of objects mangle protected and private property names
--FILE--
<?php
class A {
    public $pub = 1;
    protected $prot = 2;
    private $priv = 3;
}
class B extends A { private $priv = 4; }
$arr = (array) new B;
echo count($arr), "\n";
foreach ($arr as $k => $v) echo str_replace("\0", '\0', $k), " (", strlen($k), ") => $v\n";
var_dump(array_key_exists("\0*\0prot", $arr), array_key_exists("\0A\0priv", $arr));
var_dump((array) (object) ['x' => 1]);
var_dump((array) 'str', (array) null);
--EXPECT--
4
pub (3) => 1
\0*\0prot (7) => 2
\0A\0priv (7) => 3
\0B\0priv (7) => 4
bool(true)
bool(true)
array(1) {
  ["x"]=>
  int(1)
}
array(1) {
  [0]=>
  string(3) "str"
}
array(0) {
}
