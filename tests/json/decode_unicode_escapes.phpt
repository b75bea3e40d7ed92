--TEST--
json_decode: \u escapes to UTF-8, surrogate pairs to 4-byte characters
--FILE--
<?php
var_dump(json_decode('"\u00e9\u20AC\u0800\u07ff\uFFFF"'));
var_dump(json_decode('"\ud83d\ude00 \uD834\uDD1E"'));
var_dump(json_decode('"é日本😀"'));
--EXPECT--
string(13) "é€ࠀ߿￿"
string(9) "😀 𝄞"
string(12) "é日本😀"
