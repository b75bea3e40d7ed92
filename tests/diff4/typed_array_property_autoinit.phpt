--TEST--
a write into an element of an uninitialized array-typed property starts it as []
--FILE--
<?php
class C {
    private array $fields;
    public ?array $opt;
    public iterable $it;
    public int $n;
    public function __construct() { $this->fields['a'] = 1; $this->fields['b'][] = 2; }
    public function dump() { var_dump($this->fields); }
}
$c = new C; $c->dump();
$c->opt[] = 'x'; var_dump($c->opt);
$c->it['k'] = 'v'; var_dump($c->it);
try { $c->n++; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $c->n[] = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($c);
--EXPECT--
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  array(1) {
    [0]=>
    int(2)
  }
}
array(1) {
  [0]=>
  string(1) "x"
}
array(1) {
  ["k"]=>
  string(1) "v"
}
Typed property C::$n must not be accessed before initialization
Cannot auto-initialize an array inside property C::$n of type int
object(C)#1 (3) {
  ["fields":"C":private]=>
  array(2) {
    ["a"]=>
    int(1)
    ["b"]=>
    array(1) {
      [0]=>
      int(2)
    }
  }
  ["opt"]=>
  array(1) {
    [0]=>
    string(1) "x"
  }
  ["it"]=>
  array(1) {
    ["k"]=>
    string(1) "v"
  }
  ["n"]=>
  uninitialized(int)
}
