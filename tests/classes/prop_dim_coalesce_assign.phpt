--TEST--
??= on an element of a property or static property assigns only when the element is null or missing
--FILE--
<?php
// ??= on an element of a property or static property assigns only when the element is null or missing
class Cache {
    public array $items = [];
    public static array $shared = [];
    public $nested;
    public function get($k) { return $this->items[$k] ??= "computed $k"; }
    public static function once($k, $v) { return self::$shared[$k] ??= $v; }
}
$c = new Cache;
var_dump($c->get('a'), $c->get('a'));
$c->items['a'] = 'manual';
var_dump($c->get('a'));
$c->items['n'] = null;
var_dump($c->get('n'));
var_dump(Cache::once('x', 1), Cache::once('x', 2));
$c->nested['p']['q'] ??= 'deep';
$c->nested['p']['q'] ??= 'again';
var_dump($c->nested);
var_dump($c->items);
--EXPECT--
string(10) "computed a"
string(10) "computed a"
string(6) "manual"
string(10) "computed n"
int(1)
int(1)
array(1) {
  ["p"]=>
  array(1) {
    ["q"]=>
    string(4) "deep"
  }
}
array(2) {
  ["a"]=>
  string(6) "manual"
  ["n"]=>
  string(10) "computed n"
}
