--TEST--
parse error message for a missing closing parenthesis
--FILE--
<?php
echo "before\n";
$a = (1 + 2;
echo $a;
--EXPECTF--

Parse error: syntax error, unexpected token ";" in %s on line 3
