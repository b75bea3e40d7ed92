--TEST--
++ on a non-numeric string is string increment, not arithmetic
--FILE--
<?php
$s = "abc"; $s++; var_dump($s);
$t = "1e2"; $t++; var_dump($t);
$u = " 1"; $u++; var_dump($u);
$v = "1 "; $v++; var_dump($v);
--EXPECT--
string(3) "abd"
float(101)
int(2)
int(2)
