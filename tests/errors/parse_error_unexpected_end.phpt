--TEST--
unexpected end of file in an expression
--FILE--
<?php
$a = 1 +
--EXPECTF--

Parse error: syntax error, unexpected end of file in %s on line 3
