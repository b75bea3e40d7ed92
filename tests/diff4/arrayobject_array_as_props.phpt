--TEST--
ArrayObject::ARRAY_AS_PROPS makes property access read and write the array
--FILE--
<?php
$g = new ArrayObject(["x" => [1]], ArrayObject::ARRAY_AS_PROPS);
var_dump($g->x);
$g->y = 2;
var_dump($g["y"], isset($g->x));
unset($g->x);
var_dump(count($g));
--EXPECT--
array(1) {
  [0]=>
  int(1)
}
int(2)
bool(true)
int(1)
