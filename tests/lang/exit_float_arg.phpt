--TEST--
exit with a float argument prints it as a string
--FILE--
<?php
exit(1.5);
--EXPECT--
1.5
