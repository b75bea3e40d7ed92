--TEST--
preg: pcre.backtrack_limit and ini_set
--FILE--
<?php
var_dump(ini_get('pcre.backtrack_limit'), ini_get('pcre.jit'));
var_dump(ini_set('pcre.backtrack_limit', '10'));
var_dump(preg_match('/(a+)+b/', 'aaaaaaaaaaaaac'), preg_last_error_msg());
ini_set('pcre.backtrack_limit', '1000000');
var_dump(preg_match('/(a+)+b/', 'aaaaaaaaaaaaac'), preg_last_error_msg());
ini_set('pcre.backtrack_limit', '100');
var_dump(preg_match('/(?:\D+|<\d+>)*[!?]/', 'foobar foobar foobar'), preg_last_error_msg());
ini_set('pcre.backtrack_limit', '100000000');
var_dump(preg_match('/(?:\D+|<\d+>)*[!?]/', 'foobar foobar foobar'), preg_last_error_msg());
var_dump(preg_match('/(a+)+b/', str_repeat('a', 30).'c'), preg_last_error_msg());
--EXPECT--
string(7) "1000000"
string(1) "1"
string(7) "1000000"
int(0)
string(8) "No error"
int(0)
string(8) "No error"
bool(false)
string(25) "Backtrack limit exhausted"
int(0)
string(8) "No error"
int(0)
string(8) "No error"
