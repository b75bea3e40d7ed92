--TEST--
octal and \x escapes in double quoted strings
--FILE--
<?php
var_dump("\101\102\103", "\7" === "\x07", "\60", "\x41\x4a", "\x4", "\xZ", "\400" === "\000", "\1234");
var_dump(strlen("\x"), strlen("\08"));
--EXPECTF--

Warning: Octal escape sequence overflow \400 is greater than \377 in %s on line 2
string(3) "ABC"
bool(true)
string(1) "0"
string(2) "AJ"
string(1) ""
string(3) "\xZ"
bool(true)
string(2) "S4"
int(2)
int(2)
