--TEST--
calling private and protected methods from outside
--FILE--
<?php
class A {
    private function priv() { return "priv"; }
    protected function prot() { return "prot"; }
    public function both() { return $this->priv() . "+" . $this->prot(); }
    private static function spriv() { return "spriv"; }
}
$a = new A;
echo $a->both(), "\n";
try { $a->priv(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $a->prot(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { A::spriv(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
function f($a) { return $a->priv(); }
try { f($a); } catch (Error $e) { echo $e->getMessage(), "\n"; }
class B {
    function g($a) { return $a->priv(); }
    function h($a) { return $a->prot(); }
}
try { (new B)->g($a); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { (new B)->h($a); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$a->priv();
--EXPECTF--
priv+prot
Call to private method A::priv() from global scope
Call to protected method A::prot() from global scope
Call to private method A::spriv() from global scope
Call to private method A::priv() from global scope
Call to private method A::priv() from scope B
Call to protected method A::prot() from scope B

Fatal error: Uncaught Error: Call to private method A::priv() from global scope in %s:21
Stack trace:
#0 {main}
  thrown in %s on line 21
