--TEST--
an enum case without ;
--FILE--
<?php
enum E: int {
  case A = 1;
  case B
}
--EXPECTF--

Parse error: syntax error, unexpected token "}", expecting ";" in %s on line 5
