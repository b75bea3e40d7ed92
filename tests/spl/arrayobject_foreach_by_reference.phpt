--TEST--
foreach by reference over ArrayObject / ArrayIterator modifies the storage
--FILE--
<?php
// foreach by reference over ArrayObject / ArrayIterator modifies the storage
$ao = new ArrayObject([1, 2, 3]);
foreach ($ao as &$v) $v *= 10;
unset($v);
var_dump($ao->getArrayCopy());
$it = new ArrayIterator(['a' => 'x', 'b' => 'y']);
foreach ($it as $k => &$v) $v = strtoupper($v) . $k;
unset($v);
var_dump($it->getArrayCopy());
foreach ($ao as $k => $v) { if ($k == 0) $ao[] = 40; echo "$k=$v "; }
echo "\n";
--EXPECT--
array(3) {
  [0]=>
  int(10)
  [1]=>
  int(20)
  [2]=>
  int(30)
}
array(2) {
  ["a"]=>
  string(2) "Xa"
  ["b"]=>
  string(2) "Yb"
}
0=10 1=20 2=30 3=40 
