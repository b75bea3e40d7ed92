--TEST--
strlen counts bytes and converts scalars
--FILE--
<?php
var_dump(strlen(""), strlen("abc"), strlen("ünï"), strlen(12345), strlen(1.5), strlen(true), strlen(false), strlen("a\0b"));
--EXPECT--
int(0)
int(3)
int(5)
int(5)
int(3)
int(1)
int(0)
int(3)
