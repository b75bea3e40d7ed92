--TEST--
syntax error: unexpected end of file after an operator
--FILE--
<?php
echo 'a' .
--EXPECTF--

Parse error: syntax error, unexpected end of file in %s on line 3
