--TEST--
@ suppresses warnings from its expression only
--FILE--
<?php
$v = @$undef;
var_dump($v);
$a = [];
$w = @$a['missing'] . "x";
var_dump($w);
echo @$q, $r;
echo "\n";
--EXPECTF--
NULL
string(1) "x"

Warning: Undefined variable $r in %s on line 7
