--TEST--
Unterminated comment starting line N
--FILE--
<?php
echo 1;
/* open
comment
--EXPECTF--

Parse error: Unterminated comment starting line 3 in %s on line 3
