--TEST--
foreach with list() and [] destructuring, with keys and nesting
--FILE--
<?php
$rows = [[1, 'one'], [2, 'two']];
foreach ($rows as [$n, $word]) echo "$n=$word ";
echo "\n";
foreach ($rows as list($n, $word)) echo "$word ";
echo "\n";
$recs = [['id' => 7, 'tags' => ['x', 'y']], ['id' => 8, 'tags' => ['z', 'w']]];
foreach ($recs as $i => ['id' => $id, 'tags' => [, $second]]) echo "$i:$id:$second ";
echo "\n";
--EXPECT--
1=one 2=two 
one two 
0:7:y 1:8:w
