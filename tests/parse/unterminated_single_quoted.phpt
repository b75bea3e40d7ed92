--TEST--
an unterminated '...' string is string content
--FILE--
<?php
$a = 'abc
--EXPECTF--

Parse error: syntax error, unexpected string content "abc" in %s on line 2
