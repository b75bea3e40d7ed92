--TEST--
__get and __set for inaccessible and undefined properties
--FILE--
<?php
class Bag {
    private $data = [];
    public $real = 'real';
    private $hidden = 'hidden';
    public function __get($name) { echo "__get($name)\n"; return $this->data[$name] ?? null; }
    public function __set($name, $value) { echo "__set($name)\n"; $this->data[$name] = $value; }
    public function inside() { return $this->hidden; }
}
$b = new Bag;
$b->color = 'red';
echo $b->color, "\n";
echo $b->real, "\n";
$b->real = 'changed';
echo $b->real, "\n";
echo $b->hidden, "\n";
$b->hidden = 'x';
echo $b->inside(), "\n";
var_dump($b->missing);
$b->n = 1;
$b->n += 5;
echo $b->n, "\n";
--EXPECT--
__set(color)
__get(color)
red
real
changed
__get(hidden)

__set(hidden)
hidden
__get(missing)
NULL
__set(n)
__get(n)
__set(n)
__get(n)
6
