--TEST--
json_encode: JSON_PRETTY_PRINT nesting, 4-space indent, ': ' after keys
--FILE--
<?php
echo json_encode([1, [2, [3, [4]]], "k" => ["a" => null, "b" => [true, false]]], JSON_PRETTY_PRINT), "\n";
echo json_encode(["list" => [1, 2], "map" => ["x" => 1.5, "y" => "s/t"]], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES), "\n";
echo json_encode("scalar", JSON_PRETTY_PRINT), "\n";
--EXPECT--
{
    "0": 1,
    "1": [
        2,
        [
            3,
            [
                4
            ]
        ]
    ],
    "k": {
        "a": null,
        "b": [
            true,
            false
        ]
    }
}
{
    "list": [
        1,
        2
    ],
    "map": {
        "x": 1.5,
        "y": "s/t"
    }
}
"scalar"
