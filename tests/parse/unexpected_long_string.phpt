--TEST--
syntax error: token text longer than 30 bytes is cut with ...
--FILE--
<?php
echo 1 'a very long single quoted string exceeding thirty chars';
--EXPECTF--

Parse error: syntax error, unexpected single-quoted string "a very long single quoted stri...", expecting "," or ";" in %s on line 2
