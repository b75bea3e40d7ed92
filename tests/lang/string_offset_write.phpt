--TEST--
writing string offsets: replace, pad with spaces, negative, first byte only
--FILE--
<?php
$s = "abc";
$s[0] = 'X'; var_dump($s);
$s[-1] = 'Z'; var_dump($s);
$s[5] = '!'; var_dump($s);
$s[1] = 'long'; var_dump($s);
$t = "q";
$u = $t;
$u[0] = 'w';
var_dump($t, $u);
--EXPECTF--
string(3) "Xbc"
string(3) "XbZ"
string(6) "XbZ  !"

Warning: Only the first byte will be assigned to the string offset in %s on line 6
string(6) "XlZ  !"
string(1) "q"
string(1) "w"
