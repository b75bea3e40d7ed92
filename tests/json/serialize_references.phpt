--TEST--
serialize: references as R:n; numbered like PHP's var_hash (every value counts, a repeated reference does not)
--FILE--
<?php
$x = 1;
echo serialize([&$x, &$x, $x]), "\n";
$s = "str";
echo serialize([&$s, 2, [&$s, [&$s]]]), "\n";
$arr = [1, 2];
echo serialize([&$arr, &$arr, $arr]), "\n";
$a = 1; $b = 2;
echo serialize(["a" => &$a, "b" => &$b, "c" => ["x" => &$b, "y" => &$a]]), "\n";
--EXPECT--
a:3:{i:0;i:1;i:1;R:2;i:2;i:1;}
a:3:{i:0;s:3:"str";i:1;i:2;i:2;a:2:{i:0;R:2;i:1;a:1:{i:0;R:2;}}}
a:3:{i:0;a:2:{i:0;i:1;i:1;i:2;}i:1;R:2;i:2;a:2:{i:0;i:1;i:1;i:2;}}
a:3:{s:1:"a";i:1;s:1:"b";i:2;s:1:"c";a:2:{s:1:"x";R:3;s:1:"y";R:2;}}
