--TEST--
preg: match flags invalid
--FILE--
<?php
try { preg_match('/a/', 'a', $m, PREG_SET_ORDER); } catch (ValueError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { preg_match_all('/a/', 'a', $m, 3); } catch (ValueError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
var_dump(preg_match('/a/', 'a', $m, PREG_OFFSET_CAPTURE));
$m = 5;
try { preg_match('/a/', 'a', $m, 0, PHP_INT_MIN); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump($m);
try { preg_match_all('/a/', 'a', $m, 0, PHP_INT_MIN); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(preg_match('/(/', 'a', $m, 0, PHP_INT_MIN));
--EXPECTF--
ValueError: preg_match(): Argument #4 ($flags) must be a PREG_* constant
ValueError: preg_match_all(): Argument #4 ($flags) must be a PREG_* constant
int(1)
preg_match(): Argument #5 ($offset) must be greater than -9223372036854775808
int(5)
preg_match_all(): Argument #5 ($offset) must be greater than -9223372036854775808

Warning: preg_match(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 9
bool(false)
