--TEST--
function_exists for user and builtin functions is case-insensitive
--FILE--
<?php
function userFn() {}
var_dump(function_exists('userfn'), function_exists('USERFN'), function_exists('strlen'), function_exists('StrLen'), function_exists('nope'), function_exists(''));
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
