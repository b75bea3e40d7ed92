--TEST--
base64_encode() with and without padding
--FILE--
<?php
foreach (["", "f", "fo", "foo", "foob", "fooba", "foobar", "\x00\xff\xfe", "Hello, World!"] as $s) {
    var_dump(base64_encode($s));
}
--EXPECT--
string(0) ""
string(4) "Zg=="
string(4) "Zm8="
string(4) "Zm9v"
string(8) "Zm9vYg=="
string(8) "Zm9vYmE="
string(8) "Zm9vYmFy"
string(4) "AP/+"
string(20) "SGVsbG8sIFdvcmxkIQ=="
