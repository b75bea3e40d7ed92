--TEST--
exit with a string prints it and stops
--FILE--
<?php
echo "a\n";
exit("bye\n");
echo "not reached\n";
--EXPECT--
a
bye
