--TEST--
function &f() returning a reference (incl. auto-created array key) bound with $r = &f()
--FILE--
<?php
function &getref(array &$a, $k) { return $a[$k]; }
$arr = [1, 2];
$r = &getref($arr, 0);
$r = 9;
$n = &getref($arr, 'new');
$n = 'created';
var_dump($arr);
function &counter() { static $c = 0; return $c; }
$c = &counter();
$c += 10;
var_dump(counter());
--EXPECT--
array(3) {
  [0]=>
  &int(9)
  [1]=>
  int(2)
  ["new"]=>
  &string(7) "created"
}
int(10)
