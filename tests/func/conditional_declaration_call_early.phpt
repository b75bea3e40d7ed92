--TEST--
calling a conditionally declared function before it is declared fails
--FILE--
<?php
cond2();
if (true) {
    function cond2() {}
}
--EXPECTF--

Fatal error: Uncaught Error: Call to undefined function cond2() in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
