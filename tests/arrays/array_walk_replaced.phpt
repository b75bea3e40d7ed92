--TEST--
array_walk(): the walked variable stops being an array
--FILE--
<?php
$a = [1, 2, 3];
array_walk($a, function ($v, $k) use (&$a) { echo $v; if ($k == 1) { $a = "gone"; } });
--EXPECTF--
12
Fatal error: Uncaught TypeError: Iterated value is no longer an array or object in %s:3
Stack trace:
#0 %s(3): array_walk('gone', Object(Closure))
#1 {main}
  thrown in %s on line 3
