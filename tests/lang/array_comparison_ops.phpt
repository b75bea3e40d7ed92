--TEST--
== and === on arrays, ordering of keys, <=> on arrays
--FILE--
<?php
var_dump([1, 2] == [1, 2], [1, 2] === [2 => 1], ['a' => 1, 'b' => 2] == ['b' => 2, 'a' => 1]);
var_dump(['a' => 1, 'b' => 2] === ['b' => 2, 'a' => 1]);
var_dump([1, 2] == ["1", "2"], [1, 2] === ["1", "2"]);
var_dump([1, 2, 3] <=> [1, 2, 4], [1, 2] <=> [1, 2, 0], [5] <=> [1, 1], [1, 2] < [1, 3]);
var_dump(['a' => 1] <=> ['b' => 1], ['a' => 1] == ['b' => 1]);
var_dump([] == false, [0] == true, [] < [1]);
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
int(-1)
int(-1)
int(-1)
bool(true)
int(1)
bool(false)
bool(true)
bool(true)
bool(true)
