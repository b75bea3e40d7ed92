--TEST--
syntax error: unexpected token with the expected one
--FILE--
<?php
foo(1, 2;
--EXPECTF--

Parse error: syntax error, unexpected token ";", expecting ")" in %s on line 2
