--TEST--
a subclass cannot reduce the visibility of a property
--FILE--
<?php
class A {
    protected $x;
}
class B extends A {
    private $x;
}
--EXPECTF--

Fatal error: Access level to B::$x must be protected (as in class A) or weaker in %s on line 5
