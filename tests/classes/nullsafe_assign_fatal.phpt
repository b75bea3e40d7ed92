--TEST--
the nullsafe operator cannot be used in write context
--FILE--
<?php
$o = null;
$o?->x = 1;
--EXPECTF--

Fatal error: Can't use nullsafe operator in write context in %s on line 3
