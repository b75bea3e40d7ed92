--TEST--
Unclosed '{' on line N does not match ')'
--FILE--
<?php
if (1) {
  echo 1;
)
--EXPECTF--

Parse error: Unclosed '{' on line 2 does not match ')' in %s on line 4
