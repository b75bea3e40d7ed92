--TEST--
urldecode() and rawurldecode()
--FILE--
<?php
foreach (["a+b", "a%20b", "%41%4a%4A", "%zz", "%4", "%", "%%41", "100%25", "%e9t%C3%A9", "+%2B+"] as $s) {
    var_dump(urldecode($s), rawurldecode($s));
}
--EXPECT--
string(3) "a b"
string(3) "a+b"
string(3) "a b"
string(3) "a b"
string(3) "AJJ"
string(3) "AJJ"
string(3) "%zz"
string(3) "%zz"
string(2) "%4"
string(2) "%4"
string(1) "%"
string(1) "%"
string(2) "%A"
string(2) "%A"
string(4) "100%"
string(4) "100%"
string(4) "étÃ©"
string(4) "étÃ©"
string(3) " + "
string(3) "+++"
