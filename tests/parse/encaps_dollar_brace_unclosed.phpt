--TEST--
an unclosed {$ in a string
--FILE--
<?php
$a = "{$a";
--EXPECTF--

Parse error: syntax error, unexpected double-quote mark, expecting "->" or "?->" or "{" or "[" in %s on line 2
