--TEST--
[..] = $obj and list() = $obj read each element with offsetGet, nested patterns too
--FILE--
<?php
// [..] = $obj and list() = $obj read each element with offsetGet, nested patterns too
class Row implements ArrayAccess {
    public function __construct(private array $d) {}
    public function offsetExists($k): bool { return isset($this->d[$k]); }
    public function offsetGet($k): mixed { echo "get(", var_export($k, true), ") "; return $this->d[$k] ?? null; }
    public function offsetSet($k, $v): void {}
    public function offsetUnset($k): void {}
}
$row = new Row(['id' => 7, 'tags' => ['a', 'b'], 0 => 'zero', 1 => 'one']);
[$a, $b] = $row;
echo "\n$a $b\n";
['id' => $id, 'tags' => [$t1, $t2]] = $row;
echo "\n$id $t1 $t2\n";
list(, $second) = $row;
echo "\n$second\n";
foreach ([$row] as ['id' => $i]) echo "\n$i\n";
[$x, [$y]] = [new Row(['p']), new Row(['q'])];
echo "\n$x $y\n";
--EXPECTF--
get(0) get(1) 
zero one
get('id') get('tags') 
7 a b
get(1) 
one
get('id') 
7
get(0) 
Fatal error: Uncaught Error: Object of class Row could not be converted to string in %s:19
Stack trace:
#0 {main}
  thrown in %s on line 19
