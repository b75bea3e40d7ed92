--TEST--
&offsetGet: nested writes, ++ and references go into the object's storage
--FILE--
<?php
// &offsetGet: nested writes, ++ and references go into the object's storage
class Store implements ArrayAccess {
    private array $d = [];
    public function offsetExists($k): bool { return isset($this->d[$k]); }
    public function &offsetGet($k): mixed {
        if (!array_key_exists($k, $this->d)) $this->d[$k] = null;
        return $this->d[$k];
    }
    public function offsetSet($k, $v): void { if ($k === null) $this->d[] = $v; else $this->d[$k] = $v; }
    public function offsetUnset($k): void { unset($this->d[$k]); }
    public function all() { return $this->d; }
}
$s = new Store;
$s['list'][] = 1;
$s['list'][] = 2;
$s['deep']['a']['b'] = 'c';
$s['count'] = 0;
$s['count']++;
$s['count'] += 5;
$ref = &$s['alias'];
$ref = 'via reference';
unset($ref);
unset($s['list'][0]);
var_dump($s->all());
--EXPECT--
array(4) {
  ["list"]=>
  array(1) {
    [1]=>
    int(2)
  }
  ["deep"]=>
  array(1) {
    ["a"]=>
    array(1) {
      ["b"]=>
      string(1) "c"
    }
  }
  ["count"]=>
  int(6)
  ["alias"]=>
  string(13) "via reference"
}
