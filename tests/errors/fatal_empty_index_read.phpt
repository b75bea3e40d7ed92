--TEST--
[] for reading is a compile-time fatal error
--FILE--
<?php
$a = [1];
$b = $a[];
--EXPECTF--

Fatal error: Cannot use [] for reading in %s on line 3
