--TEST--
parse error reports the line of the offending token
--FILE--
<?php
$a = 1;

$b = [1, 2
$c = 3;
--EXPECTF--

Parse error: syntax error, unexpected variable "$c", expecting "]" in %s on line 5
