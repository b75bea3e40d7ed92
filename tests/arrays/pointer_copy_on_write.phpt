--TEST--
internal pointer: copies keep their own position
--FILE--
<?php
$a = [1, 2, 3];
$b = $a;
next($a);
var_dump(current($a), current($b));
$c = $a;
next($c);
var_dump(current($a), current($c));
end($a);
$a[] = 4;
var_dump(current($a), next($a), current($a));
--EXPECT--
int(2)
int(1)
int(2)
int(3)
int(3)
int(4)
int(4)
