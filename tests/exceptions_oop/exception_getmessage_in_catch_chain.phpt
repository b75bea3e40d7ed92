--TEST--
walking the previous chain with getPrevious
--FILE--
<?php
$e = new Exception("a", 1, new Exception("b", 2, new Exception("c", 3)));
for ($x = $e; $x !== null; $x = $x->getPrevious()) echo $x->getMessage(), $x->getCode(), " ";
echo "\n";
--EXPECT--
a1 b2 c3
