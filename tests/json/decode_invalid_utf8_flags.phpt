--TEST--
json_decode: JSON_INVALID_UTF8_IGNORE drops and JSON_INVALID_UTF8_SUBSTITUTE replaces each bad byte in strings
--FILE--
<?php
$j = "[\"a\xc3b\xe0\x80c\xff\"]";
var_dump(json_decode($j, true, 512, JSON_INVALID_UTF8_IGNORE));
var_dump(json_decode($j, true, 512, JSON_INVALID_UTF8_SUBSTITUTE));
var_dump(json_decode("{\"k\xff\":1}", true, 512, JSON_INVALID_UTF8_SUBSTITUTE));
var_dump(json_decode("\xff", true, 512, JSON_INVALID_UTF8_IGNORE), json_last_error());
--EXPECT--
array(1) {
  [0]=>
  string(3) "abc"
}
array(1) {
  [0]=>
  string(15) "a�b��c�"
}
array(1) {
  ["k�"]=>
  int(1)
}
NULL
int(5)
