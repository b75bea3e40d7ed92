--TEST--
syntax error: a keyword is a token
--FILE--
<?php
$a = 1 + if;
--EXPECTF--

Parse error: syntax error, unexpected token "if" in %s on line 2
