--TEST--
json_decode: unpaired UTF-16 surrogates fail with error 10
--FILE--
<?php
foreach (['"\ud800"', '"\udc00"', '"\ud83dx"', '"\ud83d\u0041"', '"\udc00\ud800"', '["ok","\ud83d"]'] as $j) {
    var_dump(json_decode($j));
    echo json_last_error(), " ", json_last_error_msg(), "\n";
}
--EXPECT--
NULL
10 Single unpaired UTF-16 surrogate in unicode escape
NULL
10 Single unpaired UTF-16 surrogate in unicode escape
NULL
10 Single unpaired UTF-16 surrogate in unicode escape
NULL
10 Single unpaired UTF-16 surrogate in unicode escape
NULL
10 Single unpaired UTF-16 surrogate in unicode escape
NULL
10 Single unpaired UTF-16 surrogate in unicode escape
