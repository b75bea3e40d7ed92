--TEST--
break 2 inside a single loop is a compile-time fatal error
--FILE--
<?php
while (true) {
    break 2;
}
--EXPECTF--

Fatal error: Cannot 'break' 2 levels in %s on line 3
