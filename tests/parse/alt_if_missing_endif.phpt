--TEST--
if: without endif reaches the end of file
--FILE--
<?php
if (1):
  echo 1;
else:
  echo 2;
--EXPECTF--

Parse error: syntax error, unexpected end of file in %s on line 6
