--TEST--
mbstring additions (mb2): internal encoding, check_encoding, ord/chr, scrub, width, detect/convert encoding
--INI--
extension=mbstring
--FILE--
<?php
var_dump(mb_internal_encoding(), mb_internal_encoding("utf8"), mb_internal_encoding(), mb_internal_encoding("UTF-8"));
try { mb_internal_encoding("bogus"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(mb_check_encoding("héllo"), mb_check_encoding("h\xffllo"), mb_check_encoding("\xed\xa0\x80"), mb_check_encoding("\xc0\xaf"), mb_check_encoding(["a", ["é", "b"]]), mb_check_encoding(["a", "\xff"]), mb_check_encoding("abc", "ASCII"), mb_check_encoding("é", "ASCII"), mb_check_encoding("é\xff", "ISO-8859-1"));
var_dump(mb_ord("A"), mb_ord("é"), mb_ord("😀"), mb_ord("\xff"), mb_ord("é", "UTF-8"));
try { mb_ord(""); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(mb_chr(65), mb_chr(0xe9), bin2hex(mb_chr(0x1F600)), mb_chr(0xD800), mb_chr(0x110000), mb_chr(-1), bin2hex(mb_chr(0)));
var_dump(mb_scrub("a\xffb\xe9\x80c"), mb_scrub("ok"));
var_dump(mb_strwidth("abc"), mb_strwidth("日本語"), mb_strwidth("héllo"), mb_strwidth("ｱｲｳ"), mb_strwidth("😀"), mb_strwidth("\xff"));
var_dump(mb_strimwidth("Hello World", 0, 10, "..."), mb_strimwidth("日本語のテキスト", 0, 8, "…"), mb_strimwidth("Hello", 0, 10, "..."), mb_strimwidth("Hello World", 2, 5), mb_strimwidth("Hello World", -5, 4, "."), mb_strimwidth("abc", 0, 0));
try { mb_strimwidth("abc", 5, 1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { mb_strimwidth("abc", 0, -5); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(mb_detect_encoding("abc"), mb_detect_encoding("héllo"), mb_detect_encoding("h\xffllo"), mb_detect_encoding("h\xffllo", "UTF-8", true), mb_detect_encoding("héllo", ["ASCII", "UTF-8"]), mb_detect_encoding("abc", "UTF-8, ASCII"));
var_dump(bin2hex(mb_convert_encoding("héllo", "ISO-8859-1", "UTF-8")), mb_convert_encoding("h\xe9llo", "UTF-8", "ISO-8859-1"), mb_convert_encoding("héllo €", "ASCII"), mb_convert_encoding("h\xe9", "UTF-8", "ASCII"), bin2hex(mb_convert_encoding("€", "ISO-8859-1")), mb_convert_encoding(["a" => "h\xe9"], "UTF-8", "ISO-8859-1"), mb_convert_encoding("a\xffb", "UTF-8", "UTF-8"));
try { mb_convert_encoding("x", "bogus"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { mb_convert_encoding("x", "UTF-8", "bogus"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
string(5) "UTF-8"
bool(true)
string(5) "UTF-8"
bool(true)
mb_internal_encoding(): Argument #1 ($encoding) must be a valid encoding, "bogus" given
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
int(65)
int(233)
int(128512)
bool(false)
int(233)
mb_ord(): Argument #1 ($string) must not be empty
string(1) "A"
string(2) "é"
string(8) "f09f9880"
bool(false)
bool(false)
bool(false)
string(2) "00"
string(5) "a?b?c"
string(2) "ok"
int(3)
int(6)
int(5)
int(3)
int(2)
int(1)
string(10) "Hello W..."
string(12) "日本語…"
string(5) "Hello"
string(5) "llo W"
string(4) "Wor."
string(0) ""
mb_strimwidth(): Argument #2 ($start) is out of range
mb_strimwidth(): Argument #3 ($width) is out of range
string(5) "ASCII"
string(5) "UTF-8"
bool(false)
bool(false)
string(5) "UTF-8"
string(5) "UTF-8"
string(10) "68e96c6c6f"
string(6) "héllo"
string(7) "h?llo ?"
string(2) "h?"
string(2) "3f"
array(1) {
  ["a"]=>
  string(3) "hé"
}
string(3) "a?b"
mb_convert_encoding(): Argument #2 ($to_encoding) must be a valid encoding, "bogus" given
mb_convert_encoding(): Argument #3 ($from_encoding) contains invalid encoding "bogus"
