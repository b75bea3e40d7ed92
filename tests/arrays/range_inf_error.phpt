--TEST--
range(): an infinite end is a ValueError
--FILE--
<?php
var_dump(range(0, INF));
--EXPECTF--

Fatal error: Uncaught ValueError: Invalid range supplied: start=0 end=inf in %s:2
Stack trace:
#0 %s(2): range(0, INF)
#1 {main}
  thrown in %s on line 2
