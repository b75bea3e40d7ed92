--TEST--
reading and writing private and protected properties from outside
--FILE--
<?php
class A {
    public $pub = 1;
    protected $prot = 2;
    private $priv = 3;
}
$a = new A;
echo $a->pub, "\n";
try { echo $a->prot; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo $a->priv; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $a->priv = 5; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $a->prot .= "x"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(isset($a->priv), isset($a->pub), empty($a->prot));
try { unset($a->priv); } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo $a->priv;
--EXPECTF--
1
Cannot access protected property A::$prot
Cannot access private property A::$priv
Cannot access private property A::$priv
Cannot access protected property A::$prot
bool(false)
bool(true)
bool(true)
Cannot access private property A::$priv

Fatal error: Uncaught Error: Cannot access private property A::$priv in %s:15
Stack trace:
#0 {main}
  thrown in %s on line 15
