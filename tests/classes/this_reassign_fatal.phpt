--TEST--
$this cannot be reassigned
--FILE--
<?php
class A {
    function f() { $this = new A; }
}
--EXPECTF--

Fatal error: Cannot re-assign $this in %s on line 3
