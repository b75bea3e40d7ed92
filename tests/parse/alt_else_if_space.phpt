--TEST--
else if inside if: syntax is refused
--FILE--
<?php
if (1):
  echo 1;
else if (2):
  echo 2;
endif;
--EXPECTF--

Parse error: syntax error, unexpected token "if", expecting ":" in %s on line 4
