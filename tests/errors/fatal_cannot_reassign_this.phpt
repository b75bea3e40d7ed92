--TEST--
using a compile-time fatal: cannot re-assign $this
--FILE--
<?php
function f() { $this = 1; }
--EXPECTF--

Fatal error: Cannot re-assign $this in %s on line 2
