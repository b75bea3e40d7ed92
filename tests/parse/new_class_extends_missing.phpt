--TEST--
new class extends without a name
--FILE--
<?php
$o = new class(1) extends {};
--EXPECTF--

Parse error: syntax error, unexpected token "{" in %s on line 2
