--TEST--
destructors run after exit()
--FILE--
<?php
class A { public function __destruct() { echo "destructor\n"; } }
$a = new A;
function f() { echo "in f\n"; exit(0); }
f();
echo "not reached\n";
--EXPECT--
in f
destructor
