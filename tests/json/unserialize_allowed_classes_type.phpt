--TEST--
unserialize: allowed_classes must be array|bool (TypeError)
--FILE--
<?php
unserialize('i:1;', ['allowed_classes' => 1]);
--EXPECTF--

Fatal error: Uncaught TypeError: unserialize(): Option "allowed_classes" must be of type array|bool, int given in %s:2
Stack trace:
#0 %s(2): unserialize('i:1;', Array)
#1 {main}
  thrown in %s on line 2
