--TEST--
print_r of scalars and nested arrays
--FILE--
<?php
print_r(1); echo "|";
print_r(1.0); echo "|";
print_r("str"); echo "|";
print_r(true); echo "|";
print_r(false); echo "|";
print_r(null); echo "|\n";
print_r([1, 'k' => [2, 3], 'e' => []]);
echo "\n";
print_r([]);
echo "end\n";
--EXPECT--
1|1|str|1|||
Array
(
    [0] => 1
    [k] => Array
        (
            [0] => 2
            [1] => 3
        )

    [e] => Array
        (
        )

)

Array
(
)
end
