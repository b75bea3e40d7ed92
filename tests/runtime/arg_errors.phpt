--TEST--
argument count and type errors of the runtime functions
--FILE--
<?php
try { getenv([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { putenv(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { version_compare("1"); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { php_uname([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
getenv(): Argument #1 ($name) must be of type ?string, array given
putenv() expects exactly 1 argument, 0 given
version_compare() expects at least 2 arguments, 1 given
php_uname(): Argument #1 ($mode) must be of type string, array given
