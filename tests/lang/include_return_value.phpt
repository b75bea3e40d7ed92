--TEST--
include returns the file's return value, or 1 without return; shares scope
--FILE--
<?php
$r = include 'fixture_return.inc';
var_dump($r, $fixture_var);
$n = include __DIR__ . '/fixture_noreturn.inc';
var_dump($n);
var_dump((include 'fixture_return.inc') . '!');
--EXPECT--
fixture body runs
string(14) "fixture return"
string(14) "set by fixture"
no return
int(1)
fixture body runs
string(15) "fixture return!"
