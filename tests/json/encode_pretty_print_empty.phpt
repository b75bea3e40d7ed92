--TEST--
json_encode: JSON_PRETTY_PRINT keeps empty arrays and objects on one line
--FILE--
<?php
echo json_encode([], JSON_PRETTY_PRINT), "\n";
echo json_encode([[], ["a" => []], [[]]], JSON_PRETTY_PRINT), "\n";
echo json_encode(["e" => []], JSON_PRETTY_PRINT | JSON_FORCE_OBJECT), "\n";
--EXPECT--
[]
[
    [],
    {
        "a": []
    },
    [
        []
    ]
]
{
    "e": {}
}
