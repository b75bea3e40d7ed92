--TEST--
Core constants from main/ (DIRECTORY_SEPARATOR, PATH_SEPARATOR, PHP_SAPI, ...) are defined
--FILE--
<?php
var_dump(DIRECTORY_SEPARATOR, PATH_SEPARATOR, PHP_SAPI, PHP_SHLIB_SUFFIX, PHP_FD_SETSIZE, ZEND_THREAD_SAFE, ZEND_DEBUG_BUILD);
var_dump(defined("PHP_DEBUG"), defined("PHP_ZTS"), defined("PHP_BINARY"), defined("DEFAULT_INCLUDE_PATH"), defined("PHP_MANDIR"), defined("PHP_EXTENSION_DIR"));
--EXPECT--
string(1) "/"
string(1) ":"
string(3) "cli"
string(2) "so"
int(1024)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
