--TEST--
json_decode: malformed JSON gives NULL and error 4
--FILE--
<?php
foreach (['[1,]', '[,1]', '[1 2]', '{"a":1,}', '{"a" 1}', '{1:2}', '[', ']', '{', '01', '1.', '.5', '1e', '-', '--1', 'True', 'nul', 'nulls', "'x'", '"\x"', '"\u12"', '"abc\\', '[1]x', '{"a":1}}', '{"a"}', 'NaN', '+1', '0x10', '[1,,2]', '{"a":1 "b":2}'] as $j) {
    var_dump(json_decode($j, true));
    echo json_last_error(), " ", json_last_error_msg(), "\n";
}
--EXPECT--
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
