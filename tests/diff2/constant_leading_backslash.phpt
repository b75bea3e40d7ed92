--TEST--
constant()/defined() accept a leading backslash on a global constant name
--FILE--
<?php
define("MYCONST", 5);
var_dump(constant("\\MYCONST"), defined("\\MYCONST"), \MYCONST);
--EXPECT--
int(5)
bool(true)
int(5)
