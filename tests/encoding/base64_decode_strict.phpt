--TEST--
base64_decode() strict mode rejects bad input
--FILE--
<?php
foreach (["Zm9vYmFy", "Zm9vYg==", "Zm9vYg", "Zm9vYg=", "Zm 9v\nYmFy", "Zm9v*YmFy", "Zm9vYg==Zm9v", "Z", "Zm9vY", "Zm9vYg===", "Zg=", "Zg", "", "\t", "Zm9v=Zg"] as $s) {
    var_dump(base64_decode($s, true));
}
--EXPECT--
string(6) "foobar"
string(4) "foob"
string(4) "foob"
bool(false)
string(6) "foobar"
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
string(1) "f"
string(0) ""
string(0) ""
bool(false)
