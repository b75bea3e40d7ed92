--TEST--
var_export of objects and __set_state
--FILE--
<?php
class Point {
    public $x = 1;
    protected $y = 2;
    private $z = 3;
    public static function __set_state($a) { $p = new self; $p->x = $a['x'] * 10; return $p; }
}
var_export(new Point);
echo "\n";
$p = Point::__set_state(['x' => 4, 'y' => 0, 'z' => 0]);
echo $p->x, "\n";
var_export([new Point, 'k' => null]);
echo "\n";
$o = new stdClass;
$o->a = 1;
$o->list = [1, 2];
var_export($o);
echo "\n";
var_export(new stdClass);
echo "\n";
--EXPECT--
\Point::__set_state(array(
   'x' => 1,
   'y' => 2,
   'z' => 3,
))
40
array (
  0 => 
  \Point::__set_state(array(
     'x' => 1,
     'y' => 2,
     'z' => 3,
  )),
  'k' => NULL,
)
(object) array(
   'a' => 1,
   'list' => 
  array (
    0 => 1,
    1 => 2,
  ),
)
(object) array(
)
