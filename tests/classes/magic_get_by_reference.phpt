--TEST--
__get returning by reference allows indirect modification
--FILE--
<?php
class Arr {
    private $data = ['list' => []];
    public function &__get($n) { return $this->data[$n]; }
}
class NoRef {
    private $data = ['list' => []];
    public function __get($n) { return $this->data[$n]; }
}
$a = new Arr;
$a->list[] = 1;
$a->list[] = 2;
print_r($a->list);
$b = new NoRef;
$b->list[] = 1;
print_r($b->list);
--EXPECTF--
Array
(
    [0] => 1
    [1] => 2
)

Notice: Indirect modification of overloaded property NoRef::$list has no effect in %s on line 15
Array
(
)
