--TEST--
promotion is only allowed in constructors and not with variadics
--FILE--
<?php
class A {
    public function f(public $x) {}
}
--EXPECTF--

Fatal error: Cannot declare promoted property outside a constructor in %s on line 3
