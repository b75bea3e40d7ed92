--TEST--
a blank inside "$a[ ]" is an error
--FILE--
<?php
echo "$a[1 ]";
--EXPECTF--

Parse error: syntax error, unexpected string content "", expecting "]" in %s on line 2
