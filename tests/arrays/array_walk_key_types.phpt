--TEST--
array_walk(): keys arrive as int or string
--FILE--
<?php
$a = ["5" => "a", "05" => "b", -1 => "c"];
array_walk($a, function ($v, $k) { var_dump($k); });
--EXPECT--
int(5)
string(2) "05"
int(-1)
