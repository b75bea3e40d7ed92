--TEST--
changes to an ArrayIterator while foreach walks it are seen by the loop
--FILE--
<?php
// changes to an ArrayIterator while foreach walks it are seen by the loop
$it = new ArrayIterator(['a' => 1, 'b' => 2, 'c' => 3]);
foreach ($it as $k => $v) {
    echo "$k=$v\n";
    if ($k === 'a') { unset($it['b']); $it['d'] = 4; }
}
$it2 = new ArrayIterator([1, 2, 3]);
foreach ($it2 as $k => $v) {
    echo "$k=$v\n";
    $it2[$k] = $v * 100;
}
var_dump($it2->getArrayCopy());
--EXPECT--
a=1
c=3
d=4
0=1
1=2
2=3
array(3) {
  [0]=>
  int(100)
  [1]=>
  int(200)
  [2]=>
  int(300)
}
