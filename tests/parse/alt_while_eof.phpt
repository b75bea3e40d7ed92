--TEST--
while: without endwhile
--FILE--
<?php
while (0):
  echo 1;
--EXPECTF--

Parse error: syntax error, unexpected end of file in %s on line 4
