--TEST--
chained comparison a > b > c is a parse error
--FILE--
<?php
var_dump(3 > 2 > 1);
--EXPECTF--

Parse error: syntax error, unexpected token ">" in %s on line 2
