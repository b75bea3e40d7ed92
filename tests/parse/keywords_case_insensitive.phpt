--TEST--
keywords are case-insensitive
--FILE--
<?php
IF (1): ECHO 'a'; ELSE: Echo 'b'; ENDIF;
ForEach ([1] AS $v) { PRINT $v; }
echo "\n";
FUNCTION F() { RETURN 2; } echo f(), "\n";
While (0): EndWhile;
echo TRUE AND FALSE Or 1 XoR 0, "\n";
--EXPECTF--
a1
2
1
