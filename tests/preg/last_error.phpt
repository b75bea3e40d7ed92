--TEST--
preg: last error
--FILE--
<?php
var_dump(preg_last_error(), preg_last_error_msg());
var_dump(preg_match('/(?:\D+|<\d+>)*[!?]/', 'foobar foobar foobar'));
var_dump(preg_last_error() === PREG_BACKTRACK_LIMIT_ERROR, preg_last_error_msg());
preg_match('/a/', 'a');
var_dump(preg_last_error(), preg_last_error_msg());
--EXPECT--
int(0)
string(8) "No error"
bool(false)
bool(true)
string(25) "Backtrack limit exhausted"
int(0)
string(8) "No error"
