--TEST--
syntax error: single- and double-quoted strings are named as such
--FILE--
<?php
echo 'a' "b";
--EXPECTF--

Parse error: syntax error, unexpected double-quoted string "b", expecting "," or ";" in %s on line 2
