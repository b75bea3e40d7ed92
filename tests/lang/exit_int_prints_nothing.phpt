--TEST--
exit with an int prints nothing
--FILE--
<?php
echo "a\n";
exit(3);
echo "b\n";
--EXPECT--
a
