--TEST--
0b12 is 0b1 then integer 2
--FILE--
<?php
$a = 0b12;
--EXPECTF--

Parse error: syntax error, unexpected integer "2" in %s on line 2
