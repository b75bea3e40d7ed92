--TEST--
getmypid, gethostname, sys_get_temp_dir, getmyuid, php_ini_loaded_file
--FILE--
<?php
var_dump(is_int(getmypid()) && getmypid() > 0);
var_dump(is_string(gethostname()) && gethostname() !== "");
var_dump(sys_get_temp_dir());
var_dump(is_int(getmyuid()), is_int(getmygid()));
var_dump(php_ini_loaded_file(), php_ini_scanned_files());
--EXPECT--
bool(true)
bool(true)
string(4) "/tmp"
bool(true)
bool(true)
bool(false)
bool(false)
