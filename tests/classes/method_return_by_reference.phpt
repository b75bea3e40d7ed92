--TEST--
methods and closures declared with & (also with a return type) return references
--FILE--
<?php
// methods and closures declared with & (also with a return type) return references
class Registry {
    private array $data = ['list' => []];
    public function &slot(string $k): mixed { return $this->data[$k]; }
    public function &all(): array { return $this->data; }
    public function dump() { var_dump($this->data); }
}
$r = new Registry;
$l = &$r->slot('list');
$l[] = 'one';
$all = &$r->all();
$all['extra'] = true;
$copy = $r->slot('list');
$copy[] = 'not stored';
$r->dump();
$store = [];
$get = function &($k) use (&$store) { return $store[$k]; };
$x = &$get('a');
$x = 5;
var_dump($store);
--EXPECT--
array(2) {
  ["list"]=>
  &array(1) {
    [0]=>
    string(3) "one"
  }
  ["extra"]=>
  bool(true)
}
array(1) {
  ["a"]=>
  &int(5)
}
