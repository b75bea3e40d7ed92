--TEST--
Reference to a string offset (by-ref arg): 'Cannot create references to/from string offsets'
--FILE--
<?php
$s = "abc";
function f(&$x) {} 
f($s[0]);
--EXPECTF--

Fatal error: Uncaught Error: Cannot create references to/from string offsets in %s:4
Stack trace:
#0 {main}
  thrown in %s on line 4
