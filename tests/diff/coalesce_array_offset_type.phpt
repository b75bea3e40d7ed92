--TEST--
?? with an array as array offset throws 'Illegal offset type'
--FILE--
<?php
$a = [1];
var_dump($a[[]] ?? 'd');
--EXPECTF--

Fatal error: Uncaught TypeError: Illegal offset type in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
