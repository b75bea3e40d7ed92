--TEST--
array_search(): returns the first matching key, false if none
--FILE--
<?php
$a = ["a" => 1, 5 => "1", "b" => 2, 7 => "x"];
var_dump(array_search(1, $a), array_search("1", $a, true), array_search(2, $a), array_search("y", $a));
var_dump(array_search(0, ["x" => "abc"]), array_search(null, ["k" => ""]), array_search(null, ["k" => ""], true));
var_dump(array_search("1e1", [10, "10"]), array_search("1e1", [10, "10"], true));
--EXPECT--
string(1) "a"
int(5)
string(1) "b"
bool(false)
bool(false)
string(1) "k"
bool(false)
int(0)
bool(false)
