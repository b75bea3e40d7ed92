--TEST--
hrtime(): [seconds, nanoseconds] and as a number, monotonic
--FILE--
<?php
$a = hrtime();
var_dump(count($a), is_int($a[0]), is_int($a[1]), $a[1] < 1000000000);
$n1 = hrtime(true);
$n2 = hrtime(true);
var_dump(is_int($n1), $n2 >= $n1);
--EXPECT--
int(2)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
