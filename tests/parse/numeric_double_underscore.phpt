--TEST--
Invalid numeric literal: two underscores
--FILE--
<?php
$a = 1__000;
--EXPECTF--

Parse error: syntax error, unexpected identifier "__000" in %s on line 2
