--TEST--
a generator that is never used never runs its body
--FILE--
<?php
function g() { echo "body ran\n"; yield 1; }
$gen = g();
$gen2 = g();
echo "end\n";
--EXPECT--
end
