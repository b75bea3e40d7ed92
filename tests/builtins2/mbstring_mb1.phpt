--TEST--
mbstring additions (mb1): mb_strrpos/stripos/strripos, strstr family, substr_count
--INI--
extension=mbstring
--FILE--
<?php
$h = "héllo wörld héllo";
foreach ([0, 3, -1, -5, -17, 17, 18, -18] as $o) { try { var_dump(mb_strrpos($h, "héllo", $o), mb_strripos($h, "HÉLLO", $o), mb_stripos($h, "WÖR", $o)); } catch (ValueError $e) { echo $e->getMessage(), "\n"; } }
var_dump(mb_strrpos($h, ""), mb_strrpos($h, "", -3), mb_strrpos($h, "", 5), mb_stripos($h, ""), mb_stripos($h, "", 5), mb_strripos($h, "", -2));
var_dump(mb_strrpos("a\xffb\xffc", "c"), mb_strrpos("aé\xe9b", "b"), mb_strripos("AÉ\xe9B", "b"));
var_dump(mb_strstr($h, "wö"), mb_strstr($h, "wö", true), mb_strstr($h, "zz"), mb_stristr($h, "WÖ"), mb_stristr($h, "WÖ", true), mb_strrchr($h, "é"), mb_strrchr($h, "é", true), mb_strrichr($h, "É"), mb_strrichr($h, "É", true), mb_strstr($h, ""), mb_strrchr($h, ""));
var_dump(mb_substr_count("ababab", "ab"), mb_substr_count("héhéhé", "é"), mb_substr_count("aaa", "aa"));
try { mb_substr_count("a", ""); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(12)
int(12)
int(6)
int(12)
int(12)
int(6)
int(12)
int(12)
bool(false)
int(12)
int(12)
bool(false)
int(0)
int(0)
int(6)
bool(false)
bool(false)
bool(false)
mb_strrpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
mb_strrpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
int(17)
int(14)
int(17)
int(0)
int(5)
int(15)
int(4)
int(3)
int(3)
string(13) "wörld héllo"
string(7) "héllo "
bool(false)
string(13) "wörld héllo"
string(7) "héllo "
string(5) "éllo"
string(15) "héllo wörld h"
string(5) "éllo"
string(15) "héllo wörld h"
string(20) "héllo wörld héllo"
string(0) ""
int(3)
int(3)
int(1)
mb_substr_count(): Argument #2 ($needle) must not be empty
