--TEST--
mbstring additions (mb4): mb_strcut, substitute_character, language, detect_order, preferred_mime_name, encoding_aliases
--INI--
extension=mbstring
--FILE--
<?php
$s = "héllo wörld 日本";
foreach ([[0, 2], [1, 2], [2, 3], [-3, 3], [0, null], [5, -2], [-100, 3], [100, 1], [3, 0]] as [$a, $b]) var_dump(mb_strcut($s, $a, $b));
var_dump(mb_substitute_character(), mb_substitute_character("none"), mb_substitute_character(), mb_substitute_character(0x3f), mb_substitute_character("long"), mb_substitute_character());
try { mb_substitute_character("bad"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(mb_language(), mb_language("uni"), mb_language());
var_dump(mb_detect_order(), mb_detect_order("UTF-8, ASCII"), mb_detect_order());
var_dump(mb_preferred_mime_name("utf8"), mb_preferred_mime_name("latin1"));
var_dump(mb_encoding_aliases("ASCII"), in_array("UTF-8", mb_list_encodings()));
--EXPECT--
string(1) "h"
string(2) "é"
string(3) "él"
string(3) "本"
string(20) "héllo wörld 日本"
string(12) "o wörld 日"
string(3) "hé"
string(0) ""
string(0) ""
int(63)
bool(true)
string(4) "none"
bool(true)
bool(true)
string(4) "long"
mb_substitute_character(): Argument #1 ($substitute_character) must be "none", "long", "entity" or a valid codepoint
string(7) "neutral"
bool(true)
string(3) "uni"
array(2) {
  [0]=>
  string(5) "ASCII"
  [1]=>
  string(5) "UTF-8"
}
bool(true)
array(2) {
  [0]=>
  string(5) "UTF-8"
  [1]=>
  string(5) "ASCII"
}
string(5) "UTF-8"
string(10) "ISO-8859-1"
array(11) {
  [0]=>
  string(14) "ANSI_X3.4-1968"
  [1]=>
  string(8) "iso-ir-6"
  [2]=>
  string(14) "ANSI_X3.4-1986"
  [3]=>
  string(16) "ISO_646.irv:1991"
  [4]=>
  string(8) "US-ASCII"
  [5]=>
  string(9) "ISO646-US"
  [6]=>
  string(2) "us"
  [7]=>
  string(6) "IBM367"
  [8]=>
  string(7) "IBM-367"
  [9]=>
  string(5) "cp367"
  [10]=>
  string(7) "csASCII"
}
bool(true)
