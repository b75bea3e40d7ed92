--TEST--
the (unset) cast is a token the parser refuses
--FILE--
<?php
echo (unset)$a;
--EXPECTF--

Fatal error: The (unset) cast is no longer supported in %s on line 2
