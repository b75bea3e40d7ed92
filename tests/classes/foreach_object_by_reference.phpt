--TEST--
foreach by reference over an object modifies its properties
--FILE--
<?php
class Point { public $x = 1; public $y = 2; }
$p = new Point;
foreach ($p as $k => &$v) $v *= 10;
unset($v);
var_dump($p);
$o = new stdClass;
$o->list = [1, 2];
foreach ($o as &$val) $val[] = 3;
unset($val);
print_r($o);
--EXPECT--
object(Point)#1 (2) {
  ["x"]=>
  int(10)
  ["y"]=>
  int(20)
}
stdClass Object
(
    [list] => Array
        (
            [0] => 1
            [1] => 2
            [2] => 3
        )

)
