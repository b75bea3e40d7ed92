--TEST--
overriding a final constant is a fatal error
--FILE--
<?php
class A {
    final public const X = 1;
}
echo "not reached\n";
class B extends A {
    public const X = 2;
}
--EXPECTF--

Fatal error: B::X cannot override final constant A::X in %s on line 6
