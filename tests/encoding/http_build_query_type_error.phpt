--TEST--
http_build_query() needs an array
--FILE--
<?php
var_dump(http_build_query("a=1"));
--EXPECTF--

Fatal error: Uncaught TypeError: http_build_query(): Argument #1 ($data) must be of type array, string given in %s:2
Stack trace:
#0 %s(2): http_build_query('a=1')
#1 {main}
  thrown in %s on line 2
