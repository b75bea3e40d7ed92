--TEST--
int vs float comparisons near 2^53 and PHP_INT_MAX
--FILE--
<?php
var_dump(9007199254740993 == 9007199254740992.0, PHP_INT_MAX == (float)PHP_INT_MAX, PHP_INT_MAX < PHP_INT_MAX + 1, 0.1 + 0.2 == 0.3, 0.5 == "0.5");
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
