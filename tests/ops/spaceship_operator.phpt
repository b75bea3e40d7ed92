--TEST--
<=> on ints, floats, strings, mixed and bools
--FILE--
<?php
var_dump(1 <=> 2, 2 <=> 2, 3 <=> 2, 1.5 <=> 1.5, "a" <=> "b", "b" <=> "a", "abc" <=> "abd", "10" <=> "9", "10" <=> "9a", "a" <=> 1, true <=> false, null <=> 0, [1] <=> [2]);
--EXPECT--
int(-1)
int(0)
int(1)
int(0)
int(-1)
int(1)
int(-1)
int(1)
int(-1)
int(1)
int(1)
int(0)
int(-1)
