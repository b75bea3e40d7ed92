--TEST--
strict mode return type check
--FILE--
<?php
declare(strict_types=1);
function f(): int { return "1"; }
f();
--EXPECTF--

Fatal error: Uncaught TypeError: f(): Return value must be of type int, string returned in %s:3
Stack trace:
#0 %s(4): f()
#1 {main}
  thrown in %s on line 3
