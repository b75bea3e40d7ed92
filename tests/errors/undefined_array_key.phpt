--TEST--
undefined string and int array keys warn with the key quoted as appropriate
--FILE--
<?php
$a = ['k' => 1, 5 => 2];
var_dump($a['nope']);
var_dump($a[7]);
var_dump($a["9"]);
var_dump($a[-1]);
var_dump($a[true]);
var_dump($a[null]);
var_dump($a[1.5]);
--EXPECTF--

Warning: Undefined array key "nope" in %s on line 3
NULL

Warning: Undefined array key 7 in %s on line 4
NULL

Warning: Undefined array key 9 in %s on line 5
NULL

Warning: Undefined array key -1 in %s on line 6
NULL

Warning: Undefined array key 1 in %s on line 7
NULL

Warning: Undefined array key "" in %s on line 8
NULL

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 9

Warning: Undefined array key 1 in %s on line 9
NULL
