--TEST--
an alias of a method that two used traits define without a class prefix is a fatal error
--FILE--
<?php
trait T1 { function f() { return "T1"; } } trait T2 { function f() { return "T2"; } } class C { use T1, T2 { T1::f insteadof T2; T2::f as g; f as protected h; } function call() { return $this->h(); } } $c = new C; echo $c->f(), $c->g(), $c->call(), "\n"; try { $c->h(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--

Fatal error: An alias was defined for method f(), which exists in both T1 and T2. Use T1::f or T2::f to resolve the ambiguity in %s on line 2
