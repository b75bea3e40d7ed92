--TEST--
syntax error: fully qualified and namespaced names
--FILE--
<?php
echo 1 \A\B;
echo 2 A\B;
--EXPECTF--

Parse error: syntax error, unexpected fully qualified name "\A\B", expecting "," or ";" in %s on line 2
