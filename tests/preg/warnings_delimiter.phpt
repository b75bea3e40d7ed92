--TEST--
preg: warnings delimiter
--FILE--
<?php
var_dump(preg_match('abc', 'a'));
var_dump(preg_match('\\abc\\', 'a'));
var_dump(preg_match("\0a\0", 'a'));
var_dump(preg_match('', 'a'));
var_dump(preg_match('   ', 'a'));
var_dump(preg_last_error(), preg_last_error_msg());
--EXPECTF--

Warning: preg_match(): Delimiter must not be alphanumeric, backslash, or NUL in %s on line 2
bool(false)

Warning: preg_match(): Delimiter must not be alphanumeric, backslash, or NUL in %s on line 3
bool(false)

Warning: preg_match(): Delimiter must not be alphanumeric, backslash, or NUL in %s on line 4
bool(false)

Warning: preg_match(): Empty regular expression in %s on line 5
bool(false)

Warning: preg_match(): Empty regular expression in %s on line 6
bool(false)
int(1)
string(14) "Internal error"
