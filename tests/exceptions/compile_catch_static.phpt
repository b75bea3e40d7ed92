--TEST--
catch (static) is a bad class name
--FILE--
<?php
try {
} catch (static $e) {
}
--EXPECTF--

Fatal error: Bad class name in the catch statement in %s on line 3
