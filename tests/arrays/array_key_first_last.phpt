--TEST--
array_key_first()/array_key_last()
--FILE--
<?php
var_dump(array_key_first(["x" => 1, 5 => 2]), array_key_last(["x" => 1, 5 => 2]));
var_dump(array_key_first([]), array_key_last([]));
$a = [1, 2, 3];
unset($a[2]);
var_dump(array_key_last($a));
$b = ["a" => 1, "b" => 2];
unset($b["a"]);
var_dump(array_key_first($b));
--EXPECT--
string(1) "x"
int(5)
NULL
NULL
int(1)
string(1) "b"
