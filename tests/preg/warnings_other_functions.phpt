--TEST--
preg: warnings other functions
--FILE--
<?php
var_dump(preg_match_all('/(/', 'a', $m), $m);
var_dump(preg_replace('/(/', 'x', 'a'));
var_dump(preg_replace('/(/', 'x', ['a', 'b']));
var_dump(preg_replace_callback('/(/', fn($m) => 'x', 'a'));
var_dump(preg_split('/(/', 'a'));
var_dump(preg_grep('/(/', ['a']));
var_dump(preg_replace(['/a/', '/(/'], 'x', 'a'));
--EXPECTF--

Warning: preg_match_all(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 2
bool(false)
NULL

Warning: preg_replace(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 3
NULL

Warning: preg_replace(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 4

Warning: preg_replace(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 4
array(0) {
}

Warning: preg_replace_callback(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 5
NULL

Warning: preg_split(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 6
bool(false)

Warning: preg_grep(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 7
bool(false)

Warning: preg_replace(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 8
NULL
