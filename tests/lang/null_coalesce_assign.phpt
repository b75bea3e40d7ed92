--TEST--
??= assigns only when null or unset, and evaluates the right side lazily
--FILE--
<?php
$a = null; $a ??= 'default'; var_dump($a);
$b = 0; $b ??= 'default'; var_dump($b);
$c ??= 'created'; var_dump($c);
$arr = [];
$arr['k'] ??= 1; $arr['k'] ??= 2;
$arr['n']['m'] ??= 'nested';
var_dump($arr);
function side() { echo "side effect\n"; return 'rhs'; }
$d = 'set'; $d ??= side(); var_dump($d);
$e = null; $e ??= side(); var_dump($e);
--EXPECT--
string(7) "default"
int(0)
string(7) "created"
array(2) {
  ["k"]=>
  int(1)
  ["n"]=>
  array(1) {
    ["m"]=>
    string(6) "nested"
  }
}
string(3) "set"
side effect
string(3) "rhs"
