--TEST--
a named argument must be an identifier
--FILE--
<?php
foo($a: 1);
--EXPECTF--

Parse error: syntax error, unexpected token ":", expecting ")" in %s on line 2
