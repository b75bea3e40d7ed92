--TEST--
nested writes through ArrayAccess trigger an indirect modification notice
--FILE--
<?php
class Box implements ArrayAccess {
    private $d = ['arr' => [1]];
    public function offsetExists($k): bool { return isset($this->d[$k]); }
    public function offsetGet($k): mixed { return $this->d[$k]; }
    public function offsetSet($k, $v): void { $this->d[$k] = $v; }
    public function offsetUnset($k): void { unset($this->d[$k]); }
}
$b = new Box;
$b['arr'][] = 2;
print_r($b['arr']);
$x = $b['arr'];
$x[] = 3;
$b['arr'] = $x;
print_r($b['arr']);
--EXPECTF--

Notice: Indirect modification of overloaded element of Box has no effect in %s on line 10
Array
(
    [0] => 1
)
Array
(
    [0] => 1
    [1] => 3
)
