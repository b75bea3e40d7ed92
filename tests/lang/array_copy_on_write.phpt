--TEST--
array assignment copies; changes to the copy do not affect the original
--FILE--
<?php
$a = [1, 2, [3, 4]];
$b = $a;
$b[0] = 'changed';
$b[2][0] = 'nested';
$b[] = 'new';
var_dump($a, count($b), $b[2][0]);
function modify($arr) { $arr[] = 'in function'; return count($arr); }
var_dump(modify($a), count($a));
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  array(2) {
    [0]=>
    int(3)
    [1]=>
    int(4)
  }
}
int(4)
string(6) "nested"
int(4)
int(3)
