--TEST--
json_encode: '/' is escaped unless JSON_UNESCAPED_SLASHES
--FILE--
<?php
echo json_encode("http://example.com/a/b"), "\n";
echo json_encode("http://example.com/a/b", JSON_UNESCAPED_SLASHES), "\n";
echo json_encode(["a/b" => "/"], JSON_UNESCAPED_SLASHES), "\n";
echo json_encode(["a/b" => "/"]), "\n";
--EXPECT--
"http:\/\/example.com\/a\/b"
"http://example.com/a/b"
{"a/b":"/"}
{"a\/b":"\/"}
