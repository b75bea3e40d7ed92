--TEST--
rawurlencode() follows RFC 3986 (%20, ~ kept)
--FILE--
<?php
foreach (["", "a b", "a+b", "~tilde", "-_.", "!*'()", "\x00\xff", "caf\xc3\xa9"] as $s) {
    var_dump(rawurlencode($s));
}
--EXPECT--
string(0) ""
string(5) "a%20b"
string(5) "a%2Bb"
string(6) "~tilde"
string(3) "-_."
string(15) "%21%2A%27%28%29"
string(6) "%00%FF"
string(9) "caf%C3%A9"
