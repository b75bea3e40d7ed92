--TEST--
unterminated string parse error
--FILE--
<?php
echo "ok";
$x = 'never closed;
--EXPECTF--

Parse error: syntax error, unexpected string content "never closed;" in %s on line 3
