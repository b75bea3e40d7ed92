--TEST--
constant() on predefined and user constants, including names built at runtime
--FILE--
<?php
const LOCAL = 'local';
var_dump(constant('PHP_INT_SIZE'), constant('LOCAL'), constant('E_ALL'), constant('TRUE'), constant('null'));
var_dump(defined('PHP_EOL'), defined('LOCAL'), defined('local'), defined('true'));
--EXPECT--
int(8)
string(5) "local"
int(32767)
bool(true)
NULL
bool(true)
bool(true)
bool(false)
bool(true)
