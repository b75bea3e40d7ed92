--TEST--
unset($obj[a][b]): offsetGet for the outer offset; unsetting inside a value is lost
--FILE--
<?php
// unset($obj[a][b]): offsetGet for the outer offset; unsetting inside a value is lost
class U implements ArrayAccess {
    public array $d = ['arr' => [1, 2], 'n' => 5];
    public function offsetExists($k): bool { return isset($this->d[$k]); }
    public function offsetGet($k): mixed { echo "get($k)\n"; return $this->d[$k] ?? null; }
    public function offsetSet($k, $v): void {}
    public function offsetUnset($k): void { echo "unset($k)\n"; unset($this->d[$k]); }
}
$u = new U;
unset($u['arr'][0]);
var_dump(count($u->d['arr']));
try { unset($u['n']['x']); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
unset($u['missing']);
unset($u['n']);
var_dump(array_keys($u->d));
--EXPECTF--
get(arr)

Notice: Indirect modification of overloaded element of U has no effect in %s on line 11
int(2)
get(n)

Notice: Indirect modification of overloaded element of U has no effect in %s on line 13
Error: Cannot unset offset in a non-array variable
unset(missing)
unset(n)
array(1) {
  [0]=>
  string(3) "arr"
}
