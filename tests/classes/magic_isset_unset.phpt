--TEST--
__isset and __unset, with isset(), empty() and ??
--FILE--
<?php
class Store {
    private $d = ['a' => 1, 'z' => 0, 'n' => null];
    public function __isset($k) { echo "__isset($k)\n"; return isset($this->d[$k]); }
    public function __unset($k) { echo "__unset($k)\n"; unset($this->d[$k]); }
    public function __get($k) { echo "__get($k)\n"; return $this->d[$k]; }
}
$s = new Store;
var_dump(isset($s->a));
var_dump(isset($s->nope));
var_dump(empty($s->z));
var_dump(empty($s->a));
var_dump($s->n ?? 'default');
unset($s->a);
var_dump(isset($s->a));
--EXPECT--
__isset(a)
bool(true)
__isset(nope)
bool(false)
__isset(z)
__get(z)
bool(true)
__isset(a)
__get(a)
bool(false)
__isset(n)
string(7) "default"
__unset(a)
__isset(a)
bool(false)
