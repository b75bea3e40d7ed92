--TEST--
call_user_func_array passes string keys as named arguments
--FILE--
<?php
function g($a, $b = 'B') { return "$a-$b"; }
echo call_user_func_array('g', ['b' => 2, 'a' => 1]), "\n";
echo call_user_func_array('g', [1, 'b' => 3]), "\n";
--EXPECT--
1-2
1-3
