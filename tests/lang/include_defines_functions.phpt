--TEST--
functions and constants defined in an included file become global
--FILE--
<?php
var_dump(function_exists('fixture_func'));
require 'fixture_defs.inc';
var_dump(function_exists('fixture_func'), fixture_func(), FIXTURE_CONST);
--EXPECT--
bool(false)
bool(true)
string(18) "defined in fixture"
int(42)
