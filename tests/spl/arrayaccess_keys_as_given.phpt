--TEST--
offsets reach the methods unconverted: "1" stays a string, floats, bools, null and objects pass as they are
--FILE--
<?php
// offsets reach the methods unconverted: "1" stays a string, floats, bools, null and objects pass as they are
class K implements ArrayAccess {
    public function offsetExists($k): bool { var_dump($k); return true; }
    public function offsetGet($k): mixed { var_dump($k); return null; }
    public function offsetSet($k, $v): void { var_dump($k); }
    public function offsetUnset($k): void { var_dump($k); }
}
$k = new K;
$k["1"] = 0;
$k[1] = 0;
$k[1.5] = 0;
$k[true] = 0;
$k[null] = 0;
$k[] = 0;
$k[[1, 2]] = 0;
$o = new stdClass;
$x = $k[$o];
isset($k["07"]);
unset($k[-3]);
--EXPECT--
string(1) "1"
int(1)
float(1.5)
bool(true)
NULL
NULL
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
object(stdClass)#2 (0) {
}
string(2) "07"
int(-3)
