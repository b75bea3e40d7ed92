--TEST--
foreach: ... endwhile is refused
--FILE--
<?php
foreach ($a as $b):
endwhile;
--EXPECTF--

Parse error: syntax error, unexpected token "endwhile" in %s on line 3
