--TEST--
a statement before the first case of switch:
--FILE--
<?php
switch (1):
  echo 1;
endswitch;
--EXPECTF--

Parse error: syntax error, unexpected token "echo", expecting "endswitch" or "case" or "default" in %s on line 3
