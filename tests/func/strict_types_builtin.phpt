--TEST--
strict mode also applies to builtin function arguments
--FILE--
<?php
declare(strict_types=1);
var_dump(strlen("abc"));
var_dump(strlen(123));
--EXPECTF--
int(3)

Fatal error: Uncaught TypeError: strlen(): Argument #1 ($string) must be of type string, int given in %s:4
Stack trace:
#0 {main}
  thrown in %s on line 4
