--TEST--
passing a literal to a by-reference parameter is an error
--FILE--
<?php
function inc(&$n) { $n++; }
inc(5);
--EXPECTF--

Fatal error: Uncaught Error: inc(): Argument #1 ($n) cannot be passed by reference in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
