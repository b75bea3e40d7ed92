--TEST--
preg: replace basic
--FILE--
<?php
var_dump(preg_replace('/o/', '0', 'foo boo'));
var_dump(preg_replace('/x/', '0', 'foo'));
var_dump(preg_replace('/(\w+)@(\w+)/', '$2 at $1', 'me@host you@there'));
var_dump(preg_replace('/\s+/', ' ', "a  \n\t b"));
var_dump(preg_replace('/^/m', '> ', "l1\nl2"));
var_dump(preg_replace('/a/', 'b', 123));
--EXPECT--
string(7) "f00 b00"
string(3) "foo"
string(23) "host at me there at you"
string(3) "a b"
string(9) "> l1
> l2"
string(3) "123"
