--TEST--
#[ starts an attribute, not a comment, in PHP 8
--FILE--
<?php
echo "a\n";
#[ this is not a comment
echo "b\n";
--EXPECTF--

Parse error: syntax error, unexpected identifier "is", expecting "]" in %s on line 3
