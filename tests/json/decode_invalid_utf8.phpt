--TEST--
json_decode: malformed UTF-8 is error 5; a valid non-JSON character outside strings is error 4
--FILE--
<?php
foreach (["\"\xff\"", "\"a\xc3\"", "\xff", "[\"ok\" \xff]", "é", "\"\xed\xa0\x80\"", "[1]\xc3\xa9"] as $j) {
    var_dump(json_decode($j, true));
    echo json_last_error(), " ", json_last_error_msg(), "\n";
}
--EXPECT--
NULL
5 Malformed UTF-8 characters, possibly incorrectly encoded
NULL
5 Malformed UTF-8 characters, possibly incorrectly encoded
NULL
5 Malformed UTF-8 characters, possibly incorrectly encoded
NULL
5 Malformed UTF-8 characters, possibly incorrectly encoded
NULL
4 Syntax error
NULL
5 Malformed UTF-8 characters, possibly incorrectly encoded
NULL
4 Syntax error
