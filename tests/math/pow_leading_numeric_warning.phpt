--TEST--
pow() with a leading-numeric string warns
--FILE--
<?php
var_dump(pow("5 apples", 2));
--EXPECTF--

Warning: A non-numeric value encountered in %s on line 2
int(25)
