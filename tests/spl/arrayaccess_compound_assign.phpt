--TEST--
$obj[k] op= v reads with offsetGet and writes the result back with offsetSet
--FILE--
<?php
// $obj[k] op= v reads with offsetGet and writes the result back with offsetSet
class Bag implements ArrayAccess {
    public array $d = ['n' => 5, 's' => 'ab'];
    public function offsetExists($k): bool { echo "exists($k) "; return isset($this->d[$k]); }
    public function offsetGet($k): mixed { echo "get($k) "; return $this->d[$k] ?? null; }
    public function offsetSet($k, $v): void { echo "set($k) "; $this->d[$k] = $v; }
    public function offsetUnset($k): void {}
}
$b = new Bag;
$b['n'] += 10; echo "\n";
$b['n'] *= 2; echo "\n";
$b['s'] .= 'cd'; echo "\n";
$b['m'] ??= 'def'; echo "\n";
$b['m'] ??= 'other'; echo "\n";
echo $b['n'] -= 1, "\n";
var_dump($b->d);
$arr = ['bag' => $b];
$arr['bag']['n'] %= 7; echo "\n";
var_dump($b->d['n']);
--EXPECT--
get(n) set(n) 
get(n) set(n) 
get(s) set(s) 
exists(m) set(m) 
exists(m) get(m) 
get(n) set(n) 29
array(3) {
  ["n"]=>
  int(29)
  ["s"]=>
  string(4) "abcd"
  ["m"]=>
  string(3) "def"
}
get(n) set(n) 
int(1)
