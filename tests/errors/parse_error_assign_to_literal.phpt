--TEST--
assigning to a literal is a parse error
--FILE--
<?php
1 = $a;
--EXPECTF--

Parse error: syntax error, unexpected token "=" in %s on line 2
