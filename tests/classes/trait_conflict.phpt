--TEST--
an unresolved method conflict between traits is a fatal error
--FILE--
<?php
trait T1 { function hello() { return 1; } }
trait T2 { function hello() { return 2; } }
class A { use T1, T2; }
--EXPECTF--

Fatal error: Trait method T2::hello has not been applied as A::hello, because of collision with T1::hello in %s on line 4
