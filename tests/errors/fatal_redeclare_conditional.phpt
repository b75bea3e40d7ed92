--TEST--
redeclaring at runtime (conditional declaration) is fatal with the previous location
--FILE--
<?php
function foo() { return 1; }
echo "runs first\n";
if (true) {
    function foo() { return 2; }
}
echo "not reached\n";
--EXPECTF--
runs first

Fatal error: Cannot redeclare foo() (previously declared in %s:2) in %s on line 5
