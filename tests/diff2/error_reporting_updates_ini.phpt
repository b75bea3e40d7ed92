--TEST--
error_reporting($mask) also updates ini_get('error_reporting')
--FILE--
<?php
var_dump(ini_get("error_reporting"));
error_reporting(E_ALL & ~E_NOTICE);
var_dump(ini_get("error_reporting"));
ini_set("error_reporting", "8");
var_dump(error_reporting());
--EXPECT--
string(0) ""
string(5) "32759"
int(8)
