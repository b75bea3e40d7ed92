--TEST--
Invalid numeric literal: trailing underscore
--FILE--
<?php
$a = 1_000_;
--EXPECTF--

Parse error: syntax error, unexpected identifier "_" in %s on line 2
