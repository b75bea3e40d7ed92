--TEST--
exit can be used in an expression like or
--FILE--
<?php
$v = false;
$v or exit("exiting via or\n");
echo "never\n";
--EXPECT--
exiting via or
