--TEST--
PHP_VERSION and friends agree with phpversion(), PHP_OS, zend_version
--FILE--
<?php
var_dump(PHP_MAJOR_VERSION, PHP_MINOR_VERSION);
var_dump(PHP_VERSION === phpversion());
var_dump(PHP_VERSION === PHP_MAJOR_VERSION . "." . PHP_MINOR_VERSION . "." . PHP_RELEASE_VERSION);
var_dump(PHP_VERSION_ID === PHP_MAJOR_VERSION * 10000 + PHP_MINOR_VERSION * 100 + PHP_RELEASE_VERSION);
var_dump(version_compare(PHP_VERSION, "8.2.0", ">="), version_compare(PHP_VERSION, "8.3.0", "<"));
var_dump(phpversion("standard") === PHP_VERSION, phpversion("no_such_ext"));
var_dump(PHP_OS, PHP_OS_FAMILY);
var_dump(str_starts_with(zend_version(), "4.2."));
--EXPECT--
int(8)
int(2)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
string(5) "Linux"
string(5) "Linux"
bool(true)
