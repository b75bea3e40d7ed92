--TEST--
mb_strlen() and mb_substr() count UTF-8 characters
--INI--
extension=mbstring
--FILE--
<?php
$s = "héllo wörld ✓ 😀";
var_dump(strlen($s), mb_strlen($s), mb_strlen(""), mb_strlen($s, "UTF-8"), mb_strlen($s, "utf8"));
var_dump(mb_substr($s, 1, 4));
var_dump(mb_substr($s, -3));
var_dump(mb_substr($s, 6, -4));
var_dump(mb_substr($s, 100));
var_dump(mb_substr($s, -100, 2));
var_dump(mb_substr($s, 2, null));
var_dump(mb_strlen("\xC3"), mb_strlen("\x80\x80"), mb_substr("\xC3(ab", 1));
--EXPECT--
int(22)
int(15)
int(0)
int(15)
int(15)
string(5) "éllo"
string(8) "✓ 😀"
string(6) "wörld"
string(0) ""
string(3) "hé"
string(19) "llo wörld ✓ 😀"
int(1)
int(2)
string(2) "ab"
