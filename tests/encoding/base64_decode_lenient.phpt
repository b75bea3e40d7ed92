--TEST--
base64_decode() skips foreign characters and padding
--FILE--
<?php
foreach (["Zm9vYmFy", "Zm9vYg==", "Zm9vYg", "Zm 9v\nYmFy", "Zm9v*YmFy", "Zm9vYg==Zm9v", "=Zm9v", "Z", "Zm", "-_-_", "", "!!!"] as $s) {
    var_dump(base64_decode($s));
}
--EXPECT--
string(6) "foobar"
string(4) "foob"
string(4) "foob"
string(6) "foobar"
string(6) "foobar"
string(7) "foobfö"
string(3) "foo"
string(0) ""
string(1) "f"
string(0) ""
string(0) ""
string(0) ""
