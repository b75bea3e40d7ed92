--TEST--
E::A->name = ... is a compile-time error (temporary expression in write context)
--FILE--
<?php
enum E { case A; }
echo "start\n";
E::A->name = 'x';
--EXPECTF--

Fatal error: Cannot use temporary expression in write context in %s on line 4
