--TEST--
if: ... endwhile is refused
--FILE--
<?php
if (1):
  echo 1;
endwhile;
--EXPECTF--

Parse error: syntax error, unexpected token "endwhile", expecting "elseif" or "else" or "endif" in %s on line 4
