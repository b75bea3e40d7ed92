--TEST--
an offsetGet returning an object: writes continue on that object, no notice
--FILE--
<?php
// an offsetGet returning an object: writes continue on that object, no notice
class Node implements ArrayAccess {
    public array $kids = [];
    public function __construct(public string $name) {}
    public function offsetExists($k): bool { return isset($this->kids[$k]); }
    public function offsetGet($k): mixed { return $this->kids[$k] ??= new Node("$this->name/$k"); }
    public function offsetSet($k, $v): void { echo "$this->name: set $k\n"; $this->kids[$k] = $v; }
    public function offsetUnset($k): void { echo "$this->name: unset $k\n"; unset($this->kids[$k]); }
}
$root = new Node('root');
$root['a']['b'] = 'leaf';
$root['a']['c']['d'] = 'deeper';
$root['a']->kids['x'] = 1;
unset($root['a']['b']);
var_dump(isset($root['a']['c']), isset($root['a']['zz']['yy']));
echo $root['a']['c']->name, "\n";
echo implode(",", array_keys($root['a']->kids)), "\n";
--EXPECT--
root/a: set b
root/a/c: set d
root/a: unset b
bool(true)
bool(false)
root/a/c
c,x
