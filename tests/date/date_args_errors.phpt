--TEST--
date(): argument type errors
--FILE--
<?php
try {
date();
} catch (ArgumentCountError $e) {
echo $e->getMessage(), "\n";
} try {
date("Y", "abc");
} catch (TypeError $e) {
echo $e->getMessage(), "\n";
} var_dump(strlen(date("Y", null)));
echo date("Y", "86400"), "\n";
--EXPECT--
date() expects at least 1 argument, 0 given
date(): Argument #2 ($timestamp) must be of type ?int, string given
int(4)
1970
