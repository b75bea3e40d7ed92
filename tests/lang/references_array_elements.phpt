--TEST--
references to array elements are shared by array copies until the reference is unset
--FILE--
<?php
$a = [1, 2, 3];
$r = &$a[1];
$b = $a;
$b[1] = 'changed through copy';
var_dump($a[1]);
$b[0] = 'not shared';
var_dump($a[0]);
unset($r, $b);
$c = $a;
$c[1] = 'independent';
var_dump($a[1]);
var_dump($a);
--EXPECT--
string(20) "changed through copy"
int(1)
string(20) "changed through copy"
array(3) {
  [0]=>
  int(1)
  [1]=>
  string(20) "changed through copy"
  [2]=>
  int(3)
}
