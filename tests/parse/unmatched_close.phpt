--TEST--
Unmatched '}'
--FILE--
<?php
echo 1;
}
--EXPECTF--

Parse error: Unmatched '}' in %s on line 3
