--TEST--
extract(): a key named this is an Error
--FILE--
<?php
function f() { extract(["this" => 1]); }
f();
--EXPECTF--

Fatal error: Uncaught Error: Cannot re-assign $this in %s:2
Stack trace:
#0 %s(2): extract(Array)
#1 %s(3): f()
#2 {main}
  thrown in %s on line 2
