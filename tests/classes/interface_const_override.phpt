--TEST--
an interface constant can be overridden by an implementing class since 8.1
--FILE--
<?php
interface I { const X = 'interface'; }
class A implements I { const X = 'class'; }
echo I::X, " ", A::X, "\n";
--EXPECT--
interface class
