--TEST--
is_scalar, is_iterable and is_countable
--FILE--
<?php
foreach ([1, 1.5, "s", true, null, [], [1]] as $v) {
    echo var_export($v, true), ": ", (int)is_scalar($v), (int)is_iterable($v), (int)is_countable($v), "\n";
}
--EXPECT--
1: 100
1.5: 100
's': 100
true: 100
NULL: 000
array (
): 011
array (
  0 => 1,
): 011
