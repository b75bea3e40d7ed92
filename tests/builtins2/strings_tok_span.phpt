--TEST--
strtok state, strspn/strcspn ranges, strpbrk, strchr, str_rot13, count_chars, addcslashes, stripcslashes, utf8_encode/decode
--FILE--
<?php
$tok = strtok("  This is\tan example\nstring  ", " \n\t");
while ($tok !== false) { var_dump($tok); $tok = strtok(" \n\t"); }
var_dump(strtok(" "), strtok("", " "), strtok("abc", ""), strtok(""), strtok("/a//b/", "/"), strtok("/"), strtok("/"), strtok("/"));
var_dump(strtok("a,b", ","), strtok(","), strtok(","));
var_dump(strspn("42 is the answer", "1234567890"), strspn("foo", "o", 1, 2), strspn("foo", "o", -2), strspn("foo", "o", 5), strspn("abc", "abc", 0, -1), strspn("abc", "", 0), strspn("", "a"));
var_dump(strcspn("abcd", "cd"), strcspn("abcd", "cd", -3, 1), strcspn("hello", "l", 1, -1), strcspn("a\0b", ""), strcspn("abc", "x", 10), strcspn("abc", "x", -10, -10));
var_dump(strpbrk("This is a test", "st"), strpbrk("This is a test", "xyz"));
try { strpbrk("a", ""); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(strchr("user@example.com", "@"), strchr("user@example.com", "@", true), strchr("abc", "z"));
var_dump(str_rot13("Hello, World! 123 xyz ABC"));
var_dump(count_chars("abca", 1), count_chars("abca", 3), strlen(count_chars("abc", 4)), count(count_chars("")), count(count_chars("abc", 2)), count_chars("zz", 0)[122]);
try { count_chars("a", 5); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(addcslashes("foo[bar]\n\t\x01\xff zap", 'A..Z'), addcslashes("zoo['.']", 'z..A'), addcslashes("abc\n\r\x7f\x80", "\0..\37!@\177..\377"), addcslashes("abc", ""), addcslashes("a.b", ".."), addcslashes("abc", "a.."), addcslashes("abc", "..c"));
var_dump(stripcslashes('a\tb\x41\x4g\101\7\\\\z\q\\'), stripcslashes('\x'), stripcslashes('\1234'), stripcslashes('\n\r\a\v\b\f'));
var_dump(bin2hex(utf8_encode("caf\xe9 \xff")), utf8_decode("cafÃ© â‚¬\xff\xc3"), utf8_decode("\xe2\x82"), utf8_decode("a\xf0\x9f\x98\x80b"));
--EXPECTF--
string(4) "This"
string(2) "is"
string(2) "an"
string(7) "example"
string(6) "string"
bool(false)
bool(false)
string(3) "abc"
bool(false)
string(1) "a"
string(1) "b"
bool(false)
bool(false)
string(1) "a"
string(1) "b"
bool(false)
int(2)
int(2)
int(2)
int(0)
int(2)
int(0)
int(0)
int(2)
int(1)
int(1)
int(1)
int(0)
int(0)
string(11) "s is a test"
bool(false)
strpbrk(): Argument #2 ($characters) must be a non-empty string
string(12) "@example.com"
string(4) "user"
bool(false)
string(25) "Uryyb, Jbeyq! 123 klm NOP"
array(3) {
  [97]=>
  int(2)
  [98]=>
  int(1)
  [99]=>
  int(1)
}
string(3) "abc"
int(253)
int(256)
int(253)
int(2)
count_chars(): Argument #2 ($mode) must be between 0 and 4 (inclusive)

Warning: addcslashes(): Invalid '..'-range, '..'-range needs to be incrementing in %sstrings_tok_span.php on line 14

Warning: addcslashes(): Invalid '..'-range, no character to the left of '..' in %sstrings_tok_span.php on line 14

Warning: addcslashes(): Invalid '..'-range, no character to the right of '..' in %sstrings_tok_span.php on line 14

Warning: addcslashes(): Invalid '..'-range, no character to the left of '..' in %sstrings_tok_span.php on line 14
string(16) "foo[bar]
	ÿ zap"
string(10) "\zoo['\.']"
string(15) "abc\n\r\177\200"
string(3) "abc"
string(4) "a\.b"
string(4) "\abc"
string(4) "ab\c"
string(12) "a	bAgA\zq\"
string(1) "x"
string(2) "S4"
string(6) "
"

Deprecated: Function utf8_encode() is deprecated in %sstrings_tok_span.php on line 16

Deprecated: Function utf8_decode() is deprecated in %sstrings_tok_span.php on line 16

Deprecated: Function utf8_decode() is deprecated in %sstrings_tok_span.php on line 16

Deprecated: Function utf8_decode() is deprecated in %sstrings_tok_span.php on line 16
string(16) "636166c3a920c3bf"
string(8) "café ???"
string(1) "?"
string(3) "a?b"
