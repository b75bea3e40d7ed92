--TEST--
htmlspecialchars() with ISO-8859-1 and an unknown charset
--FILE--
<?php
var_dump(bin2hex(htmlspecialchars("\xE9<", ENT_QUOTES, "ISO-8859-1")));
var_dump(htmlspecialchars("x<", ENT_QUOTES, "bogus"));
--EXPECTF--
string(10) "e9266c743b"

Warning: htmlspecialchars(): Charset "bogus" is not supported, assuming UTF-8 in %s on line 3
string(5) "x&lt;"
