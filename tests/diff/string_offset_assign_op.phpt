--TEST--
Compound assignment on a string offset: 'Cannot use assign-op operators with string offsets'
--FILE--
<?php
$s = "abc";
$s[1] .= "x";
--EXPECTF--

Fatal error: Uncaught Error: Cannot use assign-op operators with string offsets in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
