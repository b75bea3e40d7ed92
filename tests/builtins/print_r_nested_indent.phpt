--TEST--
print_r indentation of deeply nested arrays and trailing newline rules
--FILE--
<?php
print_r(['a' => ['b' => ['c' => 'd']]]);
echo "|";
print_r([[]]);
echo "|";
--EXPECT--
Array
(
    [a] => Array
        (
            [b] => Array
                (
                    [c] => d
                )

        )

)
|Array
(
    [0] => Array
        (
        )

)
|
