--TEST--
syntax error: unexpected floating-point number
--FILE--
<?php
echo 1 1.5;
--EXPECTF--

Parse error: syntax error, unexpected floating-point number "1.5", expecting "," or ";" in %s on line 2
