--TEST--
0x without digits is 0 followed by identifier x
--FILE--
<?php
$a = 0x;
--EXPECTF--

Parse error: syntax error, unexpected identifier "x" in %s on line 2
