--TEST--
destructuring a string gives nulls (strings are not destructurable)
--FILE--
<?php
[$a, $b] = "ab";
var_dump($a, $b);
--EXPECT--
NULL
NULL
