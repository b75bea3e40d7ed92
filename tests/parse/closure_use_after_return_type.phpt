--TEST--
use () comes before the return type
--FILE--
<?php
$f = function(): int use ($a) {};
--EXPECTF--

Parse error: syntax error, unexpected token "use", expecting "{" in %s on line 2
