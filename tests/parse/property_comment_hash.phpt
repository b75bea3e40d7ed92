--TEST--
after -> a # is a comment (php 8.2), even #[
--FILE--
<?php
$a->#[x]
;
--EXPECTF--

Parse error: syntax error, unexpected token ";", expecting identifier or variable or "{" or "$" in %s on line 3
