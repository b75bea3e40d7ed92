--TEST--
getIterator() returns an ArrayIterator working on the same storage; foreach nests
--FILE--
<?php
// getIterator() returns an ArrayIterator working on the same storage; foreach nests
$ao = new ArrayObject(['a' => 1, 'b' => 2]);
$it = $ao->getIterator();
var_dump(get_class($it), $it instanceof SeekableIterator);
$it['c'] = 3;
$ao['d'] = 4;
var_dump(count($it), count($ao), isset($ao['c']), $it['d']);
foreach ($ao as $k => $v) {
    foreach ($ao as $k2 => $v2) echo "$k$k2 ";
    echo "\n";
}
class MyIter extends ArrayIterator {}
$ao->setIteratorClass('MyIter');
var_dump(get_class($ao->getIterator()), $ao->getIteratorClass());
foreach ($ao as $k => $v) echo "$k=$v ";
echo "\n";
var_dump(iterator_to_array($ao), iterator_count($ao));
--EXPECT--
string(13) "ArrayIterator"
bool(true)
int(4)
int(4)
bool(true)
int(4)
aa ab ac ad 
ba bb bc bd 
ca cb cc cd 
da db dc dd 
string(6) "MyIter"
string(6) "MyIter"
a=1 b=2 c=3 d=4 
array(4) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
  ["c"]=>
  int(3)
  ["d"]=>
  int(4)
}
int(4)
