--TEST--
the error line is where the multi-line token ends
--FILE--
<?php
$a = 'multi
line
string' 1;
--EXPECTF--

Parse error: syntax error, unexpected integer "1" in %s on line 4
