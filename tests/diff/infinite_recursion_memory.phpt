--TEST--
Infinite recursion ends with php's 'Allowed memory size ... exhausted' fatal (no 260k-frame stack trace)
--FILE--
<?php
function inf($n) { return inf($n + 1); }
inf(0);
--EXPECTF--

Fatal error: Allowed memory size of 134217728 bytes exhausted (tried to allocate %d bytes) in %s on line 2
