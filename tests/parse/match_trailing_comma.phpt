--TEST--
match arms and conditions take trailing commas
--FILE--
<?php
echo match(2) {
  1, 2, => 'a',
  default, => 'b',
}, "\n";
echo match(1) { 1 => 2 3 };
--EXPECTF--

Parse error: syntax error, unexpected integer "3", expecting "}" in %s on line 6
