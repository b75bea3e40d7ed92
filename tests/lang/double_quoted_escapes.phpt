--TEST--
double quoted simple escapes \n \t \v \e \f \\ \$ \" \r and unknown escapes
--FILE--
<?php
var_dump("a\tb" === "a\x09b", "\v" === "\x0b", "\e" === "\x1b", "\f" === "\x0c", "\r" === "\x0d", "\0" === "\x00", "\n" === "\x0a");
var_dump("\\", "\$x", "\"", "\q", "\'", "\{", "\\\\");
var_dump(strlen("\n\t\v\e\f\r"));
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(1) "\"
string(2) "$x"
string(1) """
string(2) "\q"
string(2) "\'"
string(2) "\{"
string(2) "\\"
int(6)
