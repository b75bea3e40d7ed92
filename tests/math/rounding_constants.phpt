--TEST--
PHP_ROUND_* and MT_RAND_* constants
--FILE--
<?php
var_dump(PHP_ROUND_HALF_UP, PHP_ROUND_HALF_DOWN, PHP_ROUND_HALF_EVEN, PHP_ROUND_HALF_ODD, MT_RAND_MT19937, MT_RAND_PHP);
--EXPECT--
int(1)
int(2)
int(3)
int(4)
int(0)
int(1)
