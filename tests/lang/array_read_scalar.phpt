--TEST--
reading an offset of int, null or bool gives null (warning except for null)
--FILE--
<?php
$i = 5; $n = null; $b = true;
var_dump($i[0]);
var_dump($n[0]);
var_dump($b['x']);
--EXPECTF--

Warning: Trying to access array offset on value of type int in %s on line 3
NULL

Warning: Trying to access array offset on value of type null in %s on line 4
NULL

Warning: Trying to access array offset on value of type bool in %s on line 5
NULL
