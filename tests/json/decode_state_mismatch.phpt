--TEST--
json_decode: ] closing an object or } closing an array is error 2
--FILE--
<?php
foreach (['[1}', '{"a":1]', '[}', '{]', '[[1]}', '[1,{"a":[2]]'] as $j) {
    var_dump(json_decode($j, true));
    echo json_last_error(), " ", json_last_error_msg(), "\n";
}
--EXPECT--
NULL
2 State mismatch (invalid or malformed JSON)
NULL
2 State mismatch (invalid or malformed JSON)
NULL
2 State mismatch (invalid or malformed JSON)
NULL
2 State mismatch (invalid or malformed JSON)
NULL
2 State mismatch (invalid or malformed JSON)
NULL
2 State mismatch (invalid or malformed JSON)
