--TEST--
protected members are visible in subclasses, private ones are not
--FILE--
<?php
class Base {
    protected $p = "protected";
    private $q = "private";
    protected function pm() { return "pm"; }
    private function qm() { return "qm"; }
}
class Child extends Base {
    function test() {
        echo $this->p, "\n";
        echo $this->pm(), "\n";
        try { echo $this->qm(), "\n"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
        echo $this->q ?? "no q", "\n";
    }
}
(new Child)->test();
--EXPECT--
protected
pm
Call to private method Base::qm() from scope Child
no q
