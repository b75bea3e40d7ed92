--TEST--
json_encode: malformed UTF-8 (bad lead, overlong, surrogate, > U+10FFFF, truncated) fails with error 5
--FILE--
<?php
foreach (["\xff", "a\x80", "\xc0\xaf", "\xe0\x80\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe2\x82", "ok\xf0\x9f\x98"] as $s) {
    var_dump(json_encode($s));
    echo json_last_error(), " ", json_last_error_msg(), "\n";
}
var_dump(json_encode(["ok", "\xff"]), json_last_error());
--EXPECT--
bool(false)
5 Malformed UTF-8 characters, possibly incorrectly encoded
bool(false)
5 Malformed UTF-8 characters, possibly incorrectly encoded
bool(false)
5 Malformed UTF-8 characters, possibly incorrectly encoded
bool(false)
5 Malformed UTF-8 characters, possibly incorrectly encoded
bool(false)
5 Malformed UTF-8 characters, possibly incorrectly encoded
bool(false)
5 Malformed UTF-8 characters, possibly incorrectly encoded
bool(false)
5 Malformed UTF-8 characters, possibly incorrectly encoded
bool(false)
5 Malformed UTF-8 characters, possibly incorrectly encoded
bool(false)
int(5)
