--TEST--
variable names are case-sensitive and may contain unicode bytes
--FILE--
<?php
$a = 1; $A = 2; $_x = 3; $é = 4; $a1 = 5;
echo $a, $A, $_x, $é, $a1, "\n";
--EXPECT--
12345
