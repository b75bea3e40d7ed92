--TEST--
Unclosed '{' names the line of the brace
--FILE--
<?php
if (1) {
  echo 1;

--EXPECTF--

Parse error: Unclosed '{' on line 2 in %s on line 5
