--TEST--
unserialize: max_depth must be an int (TypeError)
--FILE--
<?php
var_dump(unserialize('i:1;', ['max_depth' => 5, 'allowed_classes' => false]));
var_dump(unserialize('i:1;', ['allowed_classes' => ['Foo', 'bar']]));
unserialize('i:1;', ['max_depth' => '5']);
--EXPECTF--
int(1)
int(1)

Fatal error: Uncaught TypeError: unserialize(): Option "max_depth" must be of type int, string given in %s:4
Stack trace:
#0 %s(4): unserialize('i:1;', Array)
#1 {main}
  thrown in %s on line 4
