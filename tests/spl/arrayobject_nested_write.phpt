--TEST--
nested writes, ++ and references on ArrayObject elements change the storage directly
--FILE--
<?php
// nested writes, ++ and references on ArrayObject elements change the storage directly
$ao = new ArrayObject(['list' => [1], 'n' => 1]);
$ao['list'][] = 2;
$ao['new'][] = 'created';
$ao['deep']['a']['b'] = true;
$ao['n']++;
$ao['n'] += 10;
$ao['s'] = 'x';
$ao['s'] .= 'y';
$r = &$ao['n'];
$r *= 2;
unset($r);
$ao['cnt']++;
unset($ao['list'][0]);
var_dump($ao->getArrayCopy());
--EXPECTF--

Warning: Undefined array key "cnt" in %s on line 14
array(6) {
  ["list"]=>
  array(1) {
    [1]=>
    int(2)
  }
  ["n"]=>
  int(24)
  ["new"]=>
  array(1) {
    [0]=>
    string(7) "created"
  }
  ["deep"]=>
  array(1) {
    ["a"]=>
    array(1) {
      ["b"]=>
      bool(true)
    }
  }
  ["s"]=>
  string(2) "xy"
  ["cnt"]=>
  int(1)
}
