--TEST--
preg: match flags invalid
--FILE--
<?php
try { preg_match('/a/', 'a', $m, PREG_SET_ORDER); } catch (ValueError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { preg_match_all('/a/', 'a', $m, 3); } catch (ValueError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
var_dump(preg_match('/a/', 'a', $m, PREG_OFFSET_CAPTURE));
--EXPECT--
ValueError: preg_match(): Argument #4 ($flags) must be a PREG_* constant
ValueError: preg_match_all(): Argument #4 ($flags) must be a PREG_* constant
int(1)
