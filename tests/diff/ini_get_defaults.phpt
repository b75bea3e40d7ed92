--TEST--
ini_get()/ini_set() know php's default values (precision 14, serialize_precision -1, ...) and return false for unknown settings
--FILE--
<?php
var_dump(ini_get('precision'), ini_get('serialize_precision'), ini_get('display_errors'), ini_get('memory_limit'));
var_dump(ini_set('precision', '10'), ini_get('precision'));
var_dump(ini_get('no_such_setting'), ini_set('no_such_setting', '1'));
--EXPECT--
string(2) "14"
string(2) "-1"
string(1) "1"
string(4) "128M"
string(2) "14"
string(2) "10"
bool(false)
bool(false)
