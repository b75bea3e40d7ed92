--TEST--
by-reference variadic parameters
--FILE--
<?php
function incAll(&...$vars) { foreach ($vars as &$v) $v++; }
$a = 1; $b = 10;
incAll($a, $b);
var_dump($a, $b);
--EXPECT--
int(2)
int(11)
