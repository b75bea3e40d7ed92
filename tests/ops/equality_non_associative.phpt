--TEST--
chained equality a == b == c is a parse error
--FILE--
<?php
var_dump(1 == 1 == 1);
--EXPECTF--

Parse error: syntax error, unexpected token "==" in %s on line 2
