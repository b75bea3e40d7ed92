--TEST--
json_decode: control characters and unterminated strings are error 3
--FILE--
<?php
foreach (["\"a\x01b\"", "\"tab\there\"", "[1,\x01]", "\x00", "1\x00", "\"abc", "[\"abc", "\x0b1", "\x0c1"] as $j) {
    var_dump(json_decode($j, true));
    echo json_last_error(), " ", json_last_error_msg(), "\n";
}
--EXPECT--
NULL
3 Control character error, possibly incorrectly encoded
NULL
3 Control character error, possibly incorrectly encoded
NULL
3 Control character error, possibly incorrectly encoded
NULL
3 Control character error, possibly incorrectly encoded
NULL
3 Control character error, possibly incorrectly encoded
NULL
3 Control character error, possibly incorrectly encoded
NULL
3 Control character error, possibly incorrectly encoded
NULL
3 Control character error, possibly incorrectly encoded
NULL
3 Control character error, possibly incorrectly encoded
