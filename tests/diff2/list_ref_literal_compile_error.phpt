--TEST--
list() with & assigned from an array literal is a compile error
--FILE--
<?php
echo "a\n";
[$a, &$b] = [1, 2];
--EXPECTF--

Fatal error: Cannot assign reference to non referenceable value in %s on line 3
