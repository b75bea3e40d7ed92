--TEST--
preg: warnings compile
--FILE--
<?php
var_dump(preg_match('/(/', 'a'));
var_dump(preg_match('/a)/', 'a'));
var_dump(preg_match('/[a/', 'a'));
var_dump(preg_match('/a{2,1}/', 'a'));
var_dump(preg_match('/\\/', 'a'));
var_dump(preg_match('/(?<n>a)(?<n>b)/', 'a'));
var_dump(preg_match('/*/', 'a'));
var_dump(preg_last_error(), preg_last_error_msg());
var_dump(preg_match('/a/', 'a'), preg_last_error());
--EXPECTF--

Warning: preg_match(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 2
bool(false)

Warning: preg_match(): Compilation failed: unmatched closing parenthesis at offset 1 in %s on line 3
bool(false)

Warning: preg_match(): Compilation failed: missing terminating ] for character class at offset 2 in %s on line 4
bool(false)

Warning: preg_match(): Compilation failed: numbers out of order in {} quantifier at offset 5 in %s on line 5
bool(false)

Warning: preg_match(): No ending delimiter '/' found in %s on line 6
bool(false)

Warning: preg_match(): Compilation failed: two named subpatterns have the same name (PCRE2_DUPNAMES not set) at offset 12 in %s on line 7
bool(false)

Warning: preg_match(): Compilation failed: quantifier does not follow a repeatable item at offset 0 in %s on line 8
bool(false)
int(1)
string(14) "Internal error"
int(1)
int(0)
