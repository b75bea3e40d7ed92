--TEST--
string offsets with leading-numeric, whitespace and bool offsets
--FILE--
<?php
$s = "abc";
var_dump($s["1x"]);
var_dump($s[" 1"]);
var_dump($s[true]);
var_dump($s[null] ?? 'coalesced');
--EXPECTF--

Warning: Illegal string offset "1x" in %s on line 3
string(1) "b"
string(1) "b"

Warning: String offset cast occurred in %s on line 5
string(1) "b"
string(1) "a"
