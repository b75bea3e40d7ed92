--TEST--
++, nested writes, references and by-reference arguments on an offset whose
--FILE--
<?php
// ++, nested writes, references and by-reference arguments on an offset whose
// offsetGet returns a value: PHP notices that the write is lost
class V implements ArrayAccess {
    public array $d = ['n' => 1, 'list' => [1]];
    public function offsetExists($k): bool { return isset($this->d[$k]); }
    public function offsetGet($k): mixed { echo "get($k)\n"; return $this->d[$k] ?? null; }
    public function offsetSet($k, $v): void { echo "set($k)\n"; $this->d[$k] = $v; }
    public function offsetUnset($k): void {}
}
$v = new V;
$v['n']++;
--$v['n'];
$v['list'][] = 2;
$v['new']['x'] = 1;
$r = &$v['n'];
$r = 100;
function setit(&$x) { $x = 'changed'; }
setit($v['n']);
var_dump($v->d);
--EXPECTF--
get(n)

Notice: Indirect modification of overloaded element of V has no effect in %s on line 12
get(n)

Notice: Indirect modification of overloaded element of V has no effect in %s on line 13
get(list)

Notice: Indirect modification of overloaded element of V has no effect in %s on line 14
get(new)

Notice: Indirect modification of overloaded element of V has no effect in %s on line 15
get(n)

Notice: Indirect modification of overloaded element of V has no effect in %s on line 16
get(n)

Notice: Indirect modification of overloaded element of V has no effect in %s on line 19
array(2) {
  ["n"]=>
  int(1)
  ["list"]=>
  array(1) {
    [0]=>
    int(1)
  }
}
