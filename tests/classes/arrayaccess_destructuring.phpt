--TEST--
list() and [] destructuring read through ArrayAccess
--FILE--
<?php
class Row implements ArrayAccess {
    public function __construct(private array $d) {}
    public function offsetExists($k): bool { return isset($this->d[$k]); }
    public function offsetGet($k): mixed { echo "get($k) "; return $this->d[$k] ?? null; }
    public function offsetSet($k, $v): void {}
    public function offsetUnset($k): void {}
}
$r = new Row([10, 20, 'name' => 'x']);
[$a, $b] = $r;
echo "\n$a $b\n";
['name' => $n, 0 => $z] = $r;
echo "\n$n $z\n";
--EXPECT--
get(0) get(1) 
10 20
get(name) get(0) 
x 10
