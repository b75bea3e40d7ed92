--TEST--
nested undefined keys warn only for the first missing level
--FILE--
<?php
$a = ['x' => []];
var_dump($a['x']['y']);
var_dump($a['q']['r']);
--EXPECTF--

Warning: Undefined array key "y" in %s on line 3
NULL

Warning: Undefined array key "q" in %s on line 4

Warning: Trying to access array offset on value of type null in %s on line 4
NULL
