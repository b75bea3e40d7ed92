--TEST--
serialize: an array holding a reference to itself
--FILE--
<?php
$a = [1];
$a[] = &$a;
echo serialize($a), "\n";
$b = ["x" => 1];
$b["self"] = &$b;
$b["again"] = &$b;
echo serialize($b), "\n";
--EXPECT--
a:2:{i:0;i:1;i:1;a:2:{i:0;i:1;i:1;R:3;}}
a:3:{s:1:"x";i:1;s:4:"self";a:3:{s:1:"x";i:1;s:4:"self";R:3;s:5:"again";R:3;}s:5:"again";R:3;}
