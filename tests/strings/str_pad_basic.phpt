--TEST--
str_pad() left, right and both, with multi-byte pad strings
--FILE--
<?php
var_dump(str_pad("5", 3, "0", STR_PAD_LEFT));
var_dump(str_pad("abc", 10));
var_dump(str_pad("abc", 10, "-=", STR_PAD_BOTH));
var_dump(str_pad("abc", 8, "-=", STR_PAD_BOTH));
var_dump(str_pad("abc", 9, "xyz", STR_PAD_LEFT));
var_dump(str_pad("abc", 2));
var_dump(str_pad("abc", -1, ""));
var_dump(STR_PAD_LEFT, STR_PAD_RIGHT, STR_PAD_BOTH);
--EXPECT--
string(3) "005"
string(10) "abc       "
string(10) "-=-abc-=-="
string(8) "-=abc-=-"
string(9) "xyzxyzabc"
string(3) "abc"
string(3) "abc"
int(0)
int(1)
int(2)
