--TEST--
an exception thrown from an explicitly called destructor
--FILE--
<?php
class A {
    public function __destruct() { throw new LogicException("from destructor"); }
}
$a = new A;
try { $a->__destruct(); } catch (LogicException $e) { echo "caught: ", $e->getMessage(), "\n"; }
echo "end\n";
--EXPECTF--
caught: from destructor
end

Fatal error: Uncaught LogicException: from destructor in %s:3
Stack trace:
#0 [internal function]: A->__destruct()
#1 {main}
  thrown in %s on line 3
