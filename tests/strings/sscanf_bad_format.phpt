--TEST--
sscanf() with an invalid conversion throws ValueError
--FILE--
<?php
sscanf("x", "%y");
--EXPECTF--

Fatal error: Uncaught ValueError: Bad scan conversion character "y" in %s:2
Stack trace:
#0 %s(2): sscanf('x', '%y')
#1 {main}
  thrown in %s on line 2
