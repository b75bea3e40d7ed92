--TEST--
preg: quote
--FILE--
<?php
var_dump(preg_quote('Hello.World?(1+1=2)[a-z]{3}^$|\\/#:!<>'));
var_dump(preg_quote('a/b#c', '/'));
var_dump(preg_quote('a/b#c', '#'));
var_dump(preg_quote('abc', 'b'));
var_dump(preg_quote("nul\0byte"));
var_dump(preg_quote('x', ''));
var_dump(preg_quote('x/y', null));
var_dump(preg_quote(''));
$s = 'a.b*c'; var_dump(preg_match('/^' . preg_quote($s, '/') . '$/', $s));
--EXPECT--
string(57) "Hello\.World\?\(1\+1\=2\)\[a\-z\]\{3\}\^\$\|\\/\#\:\!\<\>"
string(7) "a\/b\#c"
string(6) "a/b\#c"
string(4) "a\bc"
string(11) "nul\000byte"
string(1) "x"
string(3) "x/y"
string(0) ""
int(1)
