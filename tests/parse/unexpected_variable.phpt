--TEST--
syntax error: unexpected variable, with its name
--FILE--
<?php
echo $a $b;
--EXPECTF--

Parse error: syntax error, unexpected variable "$b", expecting "," or ";" in %s on line 2
