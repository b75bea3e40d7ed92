--TEST--
sprintf() allows precision -1 only for g, G, h and H
--FILE--
<?php
echo sprintf('%.*g|', -1, 1.5), "\n";
echo sprintf('%.*f', -1, 1.5);
--EXPECTF--
1.5|

Fatal error: Uncaught ValueError: Precision -1 is only supported for %g, %G, %h and %H in %s:3
Stack trace:
#0 %s(3): sprintf('%.*f', -1, 1.5)
#1 {main}
  thrown in %s on line 3
