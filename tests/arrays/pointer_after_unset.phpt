--TEST--
internal pointer: unset elements are skipped
--FILE--
<?php
$a = [1, 2, 3, 4];
next($a);
unset($a[1]);
var_dump(current($a), key($a));
unset($a[3]);
var_dump(end($a), key($a), prev($a), prev($a), key($a));
--EXPECT--
int(3)
int(2)
int(3)
int(2)
int(1)
bool(false)
NULL
