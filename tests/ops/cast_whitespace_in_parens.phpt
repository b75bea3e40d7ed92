--TEST--
casts allow spaces and tabs inside parentheses and are case-insensitive
--FILE--
<?php
var_dump(( int )"5", (	float	)"1", (STRING)5, (Bool)1, (INTEGER)"9");
--EXPECT--
int(5)
float(1)
string(1) "5"
bool(true)
int(9)
