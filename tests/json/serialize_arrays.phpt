--TEST--
serialize: a:n:{key;value...} with int and string keys, nested
--FILE--
<?php
echo serialize([]), "\n";
echo serialize([1, 2, 3]), "\n";
echo serialize(["a" => 1, 5 => "x", "05" => [true, null]]), "\n";
echo serialize([[[]], ["k" => ["n" => 1.5]]]), "\n";
echo serialize([-3 => "neg", "" => "empty"]), "\n";
--EXPECT--
a:0:{}
a:3:{i:0;i:1;i:1;i:2;i:2;i:3;}
a:3:{s:1:"a";i:1;i:5;s:1:"x";s:2:"05";a:2:{i:0;b:1;i:1;N;}}
a:2:{i:0;a:1:{i:0;a:0:{}}i:1;a:1:{s:1:"k";a:1:{s:1:"n";d:1.5;}}}
a:2:{i:-3;s:3:"neg";s:0:"";s:5:"empty";}
