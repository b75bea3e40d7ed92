--TEST--
the newline after ?> counts only from the next token
--FILE--
<?php
foo( ?>
--EXPECTF--

Parse error: syntax error, unexpected token ";" in %s on line 2
