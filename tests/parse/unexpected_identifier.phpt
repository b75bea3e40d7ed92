--TEST--
syntax error: unexpected identifier
--FILE--
<?php
foo bar;
--EXPECTF--

Parse error: syntax error, unexpected identifier "bar" in %s on line 2
