--TEST--
calling __destruct explicitly is an ordinary method call
--FILE--
<?php
class A {
    public $n = 0;
    public function __destruct() { $this->n++; echo "destruct {$this->n}\n"; }
}
$a = new A;
$a->__destruct();
$a->__destruct();
echo "done\n";
--EXPECT--
destruct 1
destruct 2
done
destruct 3
