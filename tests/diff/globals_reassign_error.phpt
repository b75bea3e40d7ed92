--TEST--
$GLOBALS = [] compile error text: 'can only be modified using the $GLOBALS[$name] = $value syntax'
--FILE--
<?php
$GLOBALS = [];
--EXPECTF--

Fatal error: $GLOBALS can only be modified using the $GLOBALS[$name] = $value syntax in %s on line 2
