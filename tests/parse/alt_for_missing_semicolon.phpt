--TEST--
endfor needs a ;
--FILE--
<?php
for (;;):
endfor
--EXPECTF--

Parse error: syntax error, unexpected end of file, expecting ";" in %s on line 4
