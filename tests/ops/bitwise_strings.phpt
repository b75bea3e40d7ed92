--TEST--
bitwise operators on two strings work bytewise
--FILE--
<?php
var_dump("12" & "3", "a" | "b", "AB" ^ "  ", ~"A" === "\xBE", "abc" & "ab", "ab" | "abc");
var_dump("12" & 3, 5 | "2");
--EXPECT--
string(1) "1"
string(1) "c"
string(2) "ab"
bool(true)
string(2) "ab"
string(3) "abc"
int(0)
int(7)
