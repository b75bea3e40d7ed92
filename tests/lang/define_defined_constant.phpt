--TEST--
define(), defined() and constant() builtins
--FILE--
<?php
var_dump(define('MY_CONST', 42));
var_dump(MY_CONST, defined('MY_CONST'), defined('NOPE'), constant('MY_CONST'));
define('ARR_CONST', ['a' => 1]);
var_dump(ARR_CONST['a']);
$name = 'MY_' . 'CONST';
var_dump(constant($name));
define('with space', 'odd');
var_dump(constant('with space'));
--EXPECT--
bool(true)
int(42)
bool(true)
bool(false)
int(42)
int(1)
int(42)
string(3) "odd"
