--TEST--
php_uname modes s n r v m a, unknown modes mean a
--FILE--
<?php
foreach (['s', 'n', 'r', 'v', 'm'] as $m) var_dump(is_string(php_uname($m)) && php_uname($m) !== "");
var_dump(php_uname('s'));
var_dump(php_uname() === implode(" ", [php_uname('s'), php_uname('n'), php_uname('r'), php_uname('v'), php_uname('m')]));
var_dump(php_uname('a') === php_uname());
var_dump(php_uname('n') === gethostname());
var_dump(php_uname('x') === php_uname(), php_uname('sx') === php_uname('s'), php_uname('') === php_uname());
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(5) "Linux"
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
