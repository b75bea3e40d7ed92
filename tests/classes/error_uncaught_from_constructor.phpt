--TEST--
uncaught Error thrown inside a constructor
--FILE--
<?php
class A {
    public function __construct(public int $n) {
        if ($n < 0) throw new InvalidArgumentException("negative");
    }
}
$ok = new A(1);
$bad = new A(-1);
--EXPECTF--

Fatal error: Uncaught InvalidArgumentException: negative in %s:4
Stack trace:
#0 %s(8): A->__construct(-1)
#1 {main}
  thrown in %s on line 4
