--TEST--
memory_limit: php's default of 128M, and -1 for none
--FILE--
<?php
var_dump(ini_get('memory_limit'));
ini_set('memory_limit', '-1');
var_dump(ini_get('memory_limit'));
$s = str_repeat('x', 200 * 1024 * 1024);
var_dump(strlen($s));
--EXPECT--
string(4) "128M"
string(2) "-1"
int(209715200)
