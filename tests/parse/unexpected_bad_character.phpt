--TEST--
syntax error: control bytes are "character 0xNN"
--FILE--
<?php
echo 1;
--EXPECTF--

Parse error: syntax error, unexpected character 0x01, expecting "," or ";" in %s on line 2
