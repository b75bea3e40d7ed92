--TEST--
preg: utf8 errors
--FILE--
<?php
var_dump(preg_match('/a/u', "a\xff", $m), $m, preg_last_error(), preg_last_error_msg());
var_dump(preg_match_all('/a/u', "a\xc3", $m), $m, preg_last_error() === PREG_BAD_UTF8_ERROR);
var_dump(preg_replace('/a/u', 'b', "a\xff"), preg_last_error());
var_dump(preg_split('/a/u', "a\xff"), preg_last_error());
var_dump(preg_match('/a/u', "éa", $m, 0, 1), preg_last_error(), preg_last_error_msg());
var_dump(preg_match('/a/', "a\xff"), preg_last_error());
var_dump(preg_match("/\xff/u", "a"));
--EXPECTF--
bool(false)
array(0) {
}
int(4)
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
bool(false)
array(1) {
  [0]=>
  array(0) {
  }
}
bool(true)
NULL
int(4)
bool(false)
int(4)
bool(false)
int(5)
string(74) "The offset did not correspond to the beginning of a valid UTF-8 code point"
int(1)
int(0)

Warning: preg_match(): Compilation failed: UTF-8 error: illegal byte (0xfe or 0xff) at offset 0 in %s on line 8
bool(false)
