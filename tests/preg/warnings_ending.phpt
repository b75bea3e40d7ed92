--TEST--
preg: warnings ending
--FILE--
<?php
var_dump(preg_match('/abc', 'a'));
var_dump(preg_match('/abc\/', 'a'));
var_dump(preg_match('(abc', 'a'));
var_dump(preg_match('[a[b]', 'a'));
var_dump(preg_match('{a', 'a'));
var_dump(preg_match('<a', 'a'));
--EXPECTF--

Warning: preg_match(): No ending delimiter '/' found in %s on line 2
bool(false)

Warning: preg_match(): No ending delimiter '/' found in %s on line 3
bool(false)

Warning: preg_match(): No ending matching delimiter ')' found in %s on line 4
bool(false)

Warning: preg_match(): No ending matching delimiter ']' found in %s on line 5
bool(false)

Warning: preg_match(): No ending matching delimiter '}' found in %s on line 6
bool(false)

Warning: preg_match(): No ending matching delimiter '>' found in %s on line 7
bool(false)
