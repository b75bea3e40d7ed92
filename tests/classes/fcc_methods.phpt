--TEST--
first-class callables from instance and static methods keep $this and scope
--FILE--
<?php
class Counter {
    private $n = 0;
    public function inc($by = 1) { $this->n += $by; return $this->n; }
    private function secret() { return "secret {$this->n}"; }
    public function secretGetter() { return $this->secret(...); }
    public static function make(...$args) { return new static(...$args); }
}
$c = new Counter;
$inc = $c->inc(...);
$inc(); $inc(5);
echo $c->inc(), "\n";
$s = $c->secretGetter();
echo $s(), "\n";
$mk = Counter::make(...);
var_dump($mk() instanceof Counter);
$name = 'inc';
$dyn = $c->$name(...);
echo $dyn(10), "\n";
try { $p = $c->secret(...); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
7
secret 7
bool(true)
17
Call to private method Counter::secret() from global scope
