--TEST--
ArrayAccess objects inside arrays and properties: the last offset goes to offsetSet
--FILE--
<?php
// ArrayAccess objects inside arrays and properties: the last offset goes to offsetSet
class M implements ArrayAccess {
    public array $d = [];
    public function offsetExists($k): bool { return isset($this->d[$k]); }
    public function offsetGet($k): mixed { return $this->d[$k] ?? null; }
    public function offsetSet($k, $v): void { echo "set($k)\n"; $this->d[$k] = $v; }
    public function offsetUnset($k): void { echo "unset($k)\n"; unset($this->d[$k]); }
}
class Holder {
    public M $m;
    public static ?M $s = null;
    public function __construct() { $this->m = new M; }
    public function put($k, $v) { $this->m[$k] = $v; }
}
$h = new Holder;
$h->m['a'] = 1;
$h->put('b', 2);
Holder::$s = new M;
Holder::$s['c'] = 3;
$arr = ['x' => ['y' => new M]];
$arr['x']['y']['z'] = 4;
unset($arr['x']['y']['z']);
$GLOBALS['arr']['x']['y']['w'] = 5;
var_dump($h->m['a'], $h->m['b'], Holder::$s['c'], $arr['x']['y']['w']);
var_dump(isset($h->m['a']), isset($arr['x']['y']['z']));
--EXPECT--
set(a)
set(b)
set(c)
set(z)
unset(z)
set(w)
int(1)
int(2)
int(3)
int(5)
bool(true)
bool(false)
