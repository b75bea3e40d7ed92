--TEST--
json_encode: JSON_FORCE_OBJECT turns every array into an object, nested ones too
--FILE--
<?php
echo json_encode([], JSON_FORCE_OBJECT), "\n";
echo json_encode([1, 2], JSON_FORCE_OBJECT), "\n";
echo json_encode([[1], ["a" => []]], JSON_FORCE_OBJECT), "\n";
echo json_encode([[1], []], JSON_FORCE_OBJECT | JSON_PRETTY_PRINT), "\n";
--EXPECT--
{}
{"0":1,"1":2}
{"0":{"0":1},"1":{"a":{}}}
{
    "0": {
        "0": 1
    },
    "1": {}
}
