--TEST--
exit; without arguments ends the script silently
--FILE--
<?php
echo "x";
exit;
echo "y";
--EXPECT--
x
