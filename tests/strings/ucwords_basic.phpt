--TEST--
ucwords() with the default and custom delimiters
--FILE--
<?php
var_dump(ucwords("hello world"));
var_dump(ucwords("hello   world\tfoo\nbar"));
var_dump(ucwords("hello_world-foo bar", "_-"));
var_dump(ucwords("HELLO world"));
var_dump(ucwords(""));
var_dump(ucwords("o'neil mc-donald", " -'"));
--EXPECT--
string(11) "Hello World"
string(21) "Hello   World	Foo
Bar"
string(19) "Hello_World-Foo bar"
string(11) "HELLO World"
string(0) ""
string(16) "O'Neil Mc-Donald"
