--TEST--
final interface constants cannot be overridden
--FILE--
<?php
interface I { final public const X = 1; }
echo I::X, "\n";
class A implements I { public const X = 2; }
--EXPECTF--
1

Fatal error: A::X cannot override final constant I::X in %s on line 4
