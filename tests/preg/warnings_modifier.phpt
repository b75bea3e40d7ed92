--TEST--
preg: warnings modifier
--FILE--
<?php
var_dump(preg_match('/a/q', 'a'));
var_dump(preg_match('/a/iz', 'a'));
var_dump(preg_match("/a/\0", 'a'));
var_dump(preg_match("/a/\t", 'a'));
var_dump(preg_match('/a/e', 'a'));
var_dump(preg_replace('/a/e', 'b', 'a'));
--EXPECTF--

Warning: preg_match(): Unknown modifier 'q' in %s on line 2
bool(false)

Warning: preg_match(): Unknown modifier 'z' in %s on line 3
bool(false)

Warning: preg_match(): NUL is not a valid modifier in %s on line 4
bool(false)

Warning: preg_match(): Unknown modifier '	' in %s on line 5
bool(false)

Warning: preg_match(): The /e modifier is no longer supported, use preg_replace_callback instead in %s on line 6
bool(false)

Warning: preg_replace(): The /e modifier is no longer supported, use preg_replace_callback instead in %s on line 7
NULL
