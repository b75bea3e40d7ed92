--TEST--
Comparing a closure with an int: notice 'could not be converted to int', compares as 1
--FILE--
<?php
$c = function() {};
var_dump($c == 1);
var_dump($c <=> 1);
--EXPECTF--

Notice: Object of class Closure could not be converted to int in %s on line 3
bool(true)

Notice: Object of class Closure could not be converted to int in %s on line 4
int(0)
