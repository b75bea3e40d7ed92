--TEST--
preg: replace callback array
--FILE--
<?php
var_dump(preg_replace_callback_array([
    '/\d+/' => fn($m) => '#',
    '/[a-z]+/' => fn($m) => strtoupper($m[0]),
], 'abc 123 de4', -1, $c), $c);
var_dump(preg_replace_callback_array(['/a/' => fn($m) => 'b'], ['x' => 'aa', 'y' => 'c'], 1, $c), $c);
var_dump(preg_replace_callback_array(['/a/' => fn($m) => 'b', '/(/' => fn($m) => 'c'], 'a'));
var_dump(preg_replace_callback_array(['/(a)(b)?/' => fn($m) => json_encode($m)], 'a', -1, $c, PREG_UNMATCHED_AS_NULL));
try { preg_replace_callback_array(['/a/' => 'nope'], 'a'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
string(9) "ABC # DE#"
int(4)
array(2) {
  ["x"]=>
  string(2) "ba"
  ["y"]=>
  string(1) "c"
}
int(1)

Warning: preg_replace_callback_array(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 7
NULL
string(14) "["a","a",null]"
preg_replace_callback_array(): Argument #1 ($pattern) must contain only valid callbacks
