--TEST--
an unterminated "..." string reaches the end of file
--FILE--
<?php
$a = "abc $x
--EXPECTF--

Parse error: syntax error, unexpected end of file in %s on line 3
