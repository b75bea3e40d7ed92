--TEST--
urlencode(): spaces become +, only alnum and -_. stay
--FILE--
<?php
foreach (["", "abc", "a b", "a+b", "~tilde", "-_.", "!*'();:@&=+$,/?#[]", "\x00\x7f\x80\xff", "caf\xc3\xa9", "100%"] as $s) {
    var_dump(urlencode($s));
}
--EXPECT--
string(0) ""
string(3) "abc"
string(3) "a+b"
string(5) "a%2Bb"
string(8) "%7Etilde"
string(3) "-_."
string(54) "%21%2A%27%28%29%3B%3A%40%26%3D%2B%24%2C%2F%3F%23%5B%5D"
string(12) "%00%7F%80%FF"
string(9) "caf%C3%A9"
string(6) "100%25"
