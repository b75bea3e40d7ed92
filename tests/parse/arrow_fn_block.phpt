--TEST--
an arrow function body is an expression
--FILE--
<?php
$f = fn($x) => { return 1; };
--EXPECTF--

Parse error: syntax error, unexpected token "{" in %s on line 2
