--TEST--
a conditionally declared class colliding at run time
--FILE--
<?php
class A {}
echo "before\n";
if (true) {
    class A {}
}
echo "after\n";
--EXPECTF--
before

Fatal error: Cannot declare class A, because the name is already in use in %s on line 5
