--TEST--
user constants are case-sensitive; true/false/null are not
--FILE--
<?php
define('lower', 'l');
var_dump(lower, defined('LOWER'));
var_dump(TRUE, tRuE, NULL === null);
--EXPECT--
string(1) "l"
bool(false)
bool(true)
bool(true)
bool(true)
