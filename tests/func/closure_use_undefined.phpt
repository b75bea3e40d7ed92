--TEST--
using an undefined variable in use() warns at closure creation
--FILE--
<?php
$f = function () use ($missing) { return $missing; };
echo "created\n";
var_dump($f());
--EXPECTF--

Warning: Undefined variable $missing in %s on line 2
created
NULL
