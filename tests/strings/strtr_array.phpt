--TEST--
strtr() with an array tries the longest keys first and never re-replaces
--FILE--
<?php
var_dump(strtr("Hi all, I said hello", ["Hi" => "Hello", "hello" => "hi", "H" => "X"]));
var_dump(strtr("abc", ["a" => "b", "b" => "a"]));
var_dump(strtr("aaa", ["a" => "b", "aa" => "c"]));
var_dump(strtr("1 2 3", [1 => "one", 2 => "two"]));
var_dump(strtr("abc", []));
var_dump(strtr("abc", ["" => "x", "b" => "B"]));
--EXPECTF--
string(20) "Hello all, I said hi"
string(3) "bac"
string(2) "cb"
string(9) "one two 3"
string(3) "abc"

Warning: strtr(): Ignoring replacement of empty string in %s on line 7
string(3) "aBc"
