--TEST--
enums cannot be instantiated, cloned or modified
--FILE--
<?php
enum E: int { case A = 1; }
try { new E; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { clone E::A; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $x = E::A; $x->value = 2; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $x = E::A; $x->name = 'B'; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $x = E::A; $x->other = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo E::B->value; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(E::A->value);
--EXPECT--
Cannot instantiate enum E
Trying to clone an uncloneable object of class E
Cannot modify readonly property E::$value
Cannot modify readonly property E::$name
Cannot create dynamic property E::$other
Undefined constant E::B
int(1)
