--TEST--
stack trace frames for instance, static and parent calls
--FILE--
<?php
class Base {
    public function run() { return static::step(1); }
    public static function step($n) { return (new static)->deep($n, "s"); }
    protected function deep($n, $s) { throw new UnexpectedValueException("deep $n $s"); }
}
class Child extends Base {
    public function run() { return parent::run(); }
}
(new Child)->run();
--EXPECTF--

Fatal error: Uncaught UnexpectedValueException: deep 1 s in %s:5
Stack trace:
#0 %s(4): Base->deep(1, 's')
#1 %s(3): Base::step(1)
#2 %s(8): Base->run()
#3 %s(10): Child->run()
#4 {main}
  thrown in %s on line 5
