--TEST--
undefined key warning shows the raw key text
--FILE--
<?php
$a = [];
echo $a["quote\"d"];
echo $a['new
line'];
echo $a[""];
--EXPECTF--

Warning: Undefined array key "quote"d" in %s on line 3

Warning: Undefined array key "new
line" in %s on line 4

Warning: Undefined array key "" in %s on line 6
